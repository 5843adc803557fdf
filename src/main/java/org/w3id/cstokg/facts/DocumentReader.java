package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binds the {@code document} section: an article, or with {@code type: table} a table; its
 * structural keys here, and the keys the ontology declares for its type ({@code kg:factKeyOf
 * kg:Article}) by their value shapes, as a fact's.
 */
final class DocumentReader {
    private DocumentReader() {}

    static Optional<Document> read(YamlNode node, Reading reading) {
        Optional<DocumentType> type = type(node, reading);
        var keys = type.map(t -> keys(t, reading.format)).orElse(Document.KEYS);
        String what = type.map(t -> "document of type " + t.key()).orElse("document");
        return Fields.of(node, what, keys, reading).flatMap(f -> type.flatMap(t -> switch (t) {
            case ARTICLE -> article(f);
            case TABLE -> table(f);
        }));
    }

    /** The structural keys of a type, then those the ontology declares for it. */
    private static List<String> keys(DocumentType type, FactFormat format) {
        List<String> out = new ArrayList<>(type.keys());
        declared(type, format).forEach(k -> out.add(k.key()));
        return List.copyOf(out);
    }

    private static List<FactKey> declared(DocumentType type, FactFormat format) {
        return format.documentKind(type.key()).map(Kind::keys).orElse(List.of());
    }

    /** What the declared keys of the type state. */
    private static List<Stated> stated(Fields f, DocumentType type) {
        List<Stated> out = new ArrayList<>();
        for (FactKey key : declared(type, f.reading.format)) {
            if (f.has(key.key())) DeclaredFactReader.stated(f, key, List.of()).ifPresent(out::add);
        }
        return out;
    }

    /** The {@code type} key, {@code article} if absent. */
    private static Optional<DocumentType> type(YamlNode node, Reading reading) {
        if (!(node instanceof YamlNode.Mapping map)) return Optional.of(DocumentType.ARTICLE);
        Optional<YamlNode> value = map.entry("type").map(YamlNode.Entry::value);
        if (value.isEmpty()) return Optional.of(DocumentType.ARTICLE);
        String text = value.get() instanceof YamlNode.Scalar s ? s.text() : "";
        Optional<DocumentType> found = Arrays.stream(DocumentType.values()).filter(t -> t.key().equals(text)).findFirst();
        if (found.isEmpty()) {
            reading.error(value.get().at(), "unknown document type " + value.get().describe() + " (expected one of: "
                    + Arrays.stream(DocumentType.values()).map(DocumentType::key).collect(Collectors.joining(", ")) + ")");
        }
        return found;
    }

    private static Optional<Document> article(Fields f) {
        Optional<String> id = f.id();
        Optional<String> title = f.required("title");
        f.need("outlet");
        Optional<Ref> outlet = f.ref("outlet", f.reading.format.outlet());
        List<Stated> stated = stated(f, DocumentType.ARTICLE);
        Optional<Long> paragraphs = atLeastOne(f, "paragraphs", "paragraph");
        Optional<String> text = f.text("text");
        boolean textOk = text.filter(String::isBlank).isEmpty();
        if (!textOk) f.reading.error(f.at("text"), "a document's text is the path of its text file, not blank");
        Optional<ParagraphLayout> layout = LayoutReader.read(f);
        if (id.isEmpty() || title.isEmpty() || outlet.isEmpty() || paragraphs.isEmpty() || !textOk || layout.isEmpty())
            return Optional.empty();
        return Optional.of(new Document(id.get(), DocumentType.ARTICLE, title.get(), outlet, stated,
                paragraphs.get().intValue(), Optional.empty(), 0, f.at("id"), text, layout.get()));
    }

    private static Optional<Document> table(Fields f) {
        Optional<String> id = f.id();
        Optional<String> title = f.required("title");
        Optional<String> file = f.required("file").filter(path -> checkPath(f, path));
        Optional<Long> lines = atLeastOne(f, "lines", "line");
        List<Stated> stated = stated(f, DocumentType.TABLE);
        if (id.isEmpty() || title.isEmpty() || file.isEmpty() || lines.isEmpty()) return Optional.empty();
        return Optional.of(new Document(id.get(), DocumentType.TABLE, title.get(), Optional.empty(), stated, 0, file,
                lines.get().intValue(), f.at("id"), Optional.empty(), ParagraphLayout.DEFAULT));
    }

    /** A required count of at least 1, such as {@code paragraphs}. */
    private static Optional<Long> atLeastOne(Fields f, String key, String singular) {
        f.need(key);
        Optional<Long> n = Values.count(f, key);
        if (n.filter(v -> v < 1).isPresent()) {
            f.reading.error(f.at(key), "a document has at least 1 " + singular + ", not " + n.get());
            return Optional.empty();
        }
        return n.filter(v -> BoundedCount.within(f, key, v));
    }

    /** The table's path is relative to the shared folder and stays inside it. */
    private static boolean checkPath(Fields f, String path) {
        if (!path.isBlank() && !path.startsWith("/") && !path.contains("\\") && !path.matches("(.*/)?\\.\\.(/.*)?")) {
            return true;
        }
        f.reading.error(f.at("file"), "invalid file '" + path + "' (expected a path relative to the shared folder,"
                + " such as links/external-ids.tsv)");
        return false;
    }
}
