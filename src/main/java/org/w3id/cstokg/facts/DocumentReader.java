package org.w3id.cstokg.facts;

import java.util.Optional;

/** Binds the {@code document} section. */
final class DocumentReader {
    private DocumentReader() {}

    static Optional<Document> read(YamlNode node, Reading reading) {
        return Fields.of(node, "document", Document.KEYS, reading).flatMap(f -> {
            Optional<String> id = f.id();
            Optional<String> title = f.required("title");
            f.need("outlet");
            Optional<Ref> outlet = f.ref("outlet", Target.OUTLET);
            var volume = Values.count(f, "volume");
            var issue = Values.count(f, "issue");
            var published = Values.date(f, "published");
            f.need("paragraphs");
            Optional<Long> paragraphs = Values.count(f, "paragraphs");
            if (paragraphs.filter(n -> n < 1).isPresent()) {
                reading.error(f.at("paragraphs"), "a document has at least 1 paragraph, not " + paragraphs.get());
            }
            if (id.isEmpty() || title.isEmpty() || outlet.isEmpty() || paragraphs.isEmpty()) return Optional.empty();
            return Optional.of(new Document(id.get(), title.get(), outlet.get(), volume, issue, published,
                    f.text("url"), paragraphs.get().intValue(), f.at("id")));
        });
    }
}
