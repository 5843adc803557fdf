package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.w3id.cstokg.facts.YamlNode.Sequence;

/** Binds the tree of one fact file, section by section, to a {@link FactFile}. */
final class FactFileReader {
    private final Reading reading;

    FactFileReader(Reading reading) { this.reading = reading; }

    Optional<FactFile> read(YamlNode root) {
        Optional<Fields> top = Fields.of(root, "a fact file (top level)", reading.format.topLevelKeys(), reading);
        if (top.isEmpty()) return Optional.empty();
        Fields f = top.get();
        String documentKey = FactFormat.DOCUMENT;
        if (!f.has(documentKey)) reading.error(new Location(reading.file, 1, 1), "missing section '" + documentKey + "'");
        Optional<Document> document = f.node(documentKey).flatMap(n -> DocumentReader.read(n, reading));
        List<Fact> declared = new ArrayList<>();
        for (Section section : reading.format.sections()) declared.addAll(facts(f, section));
        FactFile file = new FactFile(reading.file, document, declared, list(f, FactFormat.LINKS, ExternalLinkReader::read),
                list(f, FactFormat.AUDIT, AuditReader::read));
        document.ifPresent(this::checkParts);
        return Optional.of(file);
    }

    private List<Fact> facts(Fields f, Section section) {
        return list(f, section.key(), (n, r) -> DeclaredFactReader.read(section, n, r));
    }

    private <T> List<T> list(Fields f, String section, BiFunction<YamlNode, Reading, Optional<T>> item) {
        Optional<YamlNode> node = f.node(section);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NULL) {
            return List.of();
        }
        if (!(node.get() instanceof Sequence seq)) {
            reading.error(node.get().at(), "expected a list for '" + section + "', found " + node.get().describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            Optional<T> read = item.apply(n, reading);
            read.ifPresentOrElse(out::add, () -> rememberBrokenId(n));
        }
        return List.copyOf(out);
    }

    /** An item left out for its errors still names its id, so that references to it are not errors too. */
    private void rememberBrokenId(YamlNode item) {
        if (item instanceof YamlNode.Mapping m) {
            m.entry("id").map(YamlNode.Entry::value)
                    .filter(v -> v instanceof YamlNode.Scalar).map(v -> ((YamlNode.Scalar) v).text())
                    .ifPresent(reading.brokenIds::add);
        }
    }

    /** Every cited part exists in the document: paragraphs and the caption in an article, lines in a table. */
    private void checkParts(Document document) {
        for (Reading.PartUse use : reading.parts) {
            CitedPart part = use.part();
            if (document.isTable() != (part.kind() == CitedPart.Kind.LINE)) {
                reading.error(use.at(), "document '" + document.id() + "' is " + (document.isTable()
                        ? "a table: cite one of its lines as {line: N}, not " + part.describe()
                        : "an article: cite a paragraph or the caption, not a table's " + part.describe()));
            } else if (!part.isCaption()) {
                checkRange(document, part, use.at());
            }
        }
    }

    private void checkRange(Document document, CitedPart part, Location at) {
        int count = document.isTable() ? document.lines() : document.paragraphs();
        String unit = document.isTable() ? "lines" : "paragraphs";
        if (part.number() < 1 || part.number() > count) {
            reading.error(at, part.describe() + " is outside 1.." + count
                    + " (document '" + document.id() + "' has " + count + " " + unit + ")");
        }
    }
}
