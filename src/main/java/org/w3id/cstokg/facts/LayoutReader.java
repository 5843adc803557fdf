package org.w3id.cstokg.facts;

import java.util.Optional;

/** Binds the {@code layout} of a {@code document} header; a key left out keeps the default's marker. */
final class LayoutReader {
    private LayoutReader() {}

    static Optional<ParagraphLayout> read(Fields document) {
        Optional<YamlNode> node = document.node("layout");
        if (node.isEmpty()) return Optional.of(ParagraphLayout.DEFAULT);
        return Fields.of(node.get(), "layout", ParagraphLayout.KEYS, document.reading).flatMap(f -> {
            ParagraphLayout d = ParagraphLayout.DEFAULT;
            Optional<String> byline = marker(f, "byline", d.byline());
            Optional<String> caption = marker(f, "caption", d.caption());
            Optional<String> trailer = marker(f, "trailer", d.trailer());
            if (byline.isEmpty() || caption.isEmpty() || trailer.isEmpty()) return Optional.empty();
            return Optional.of(new ParagraphLayout(byline.get(), caption.get(), trailer.get()));
        });
    }

    private static Optional<String> marker(Fields f, String key, String otherwise) {
        if (!f.has(key)) return Optional.of(otherwise);
        Optional<String> text = f.text(key);
        if (text.filter(String::isBlank).isPresent()) {
            f.reading.error(f.at(key), "the layout's " + key + " marker is blank");
            return Optional.empty();
        }
        return text;
    }
}
