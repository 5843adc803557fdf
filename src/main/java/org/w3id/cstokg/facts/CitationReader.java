package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.cstokg.facts.YamlNode.Scalar;
import org.w3id.cstokg.facts.YamlNode.Sequence;

/**
 * Reads {@code cite}: a paragraph number or {@code caption}, either followed by a colon and the
 * article's words that state the fact ({@code "8: an estimated 100–200 air-assault troops"}),
 * {@code {para, words, outlets}}, a table's {@code {line}}, or a list of these. Whether the part fits
 * the document is checked once it is known; whether the words are in it, by the audit.
 */
final class CitationReader {
    /** The keys of the mapping form of a citation. */
    static final List<String> KEYS = List.of("para", "words", "outlets", "line");
    /** The keys of one entry of {@code outlets}. */
    static final List<String> OUTLET_KEYS = List.of("outlet", "date", "accessed");
    static final String CAPTION = "caption";
    /** Evidence is a short run of words; a quotation's own words are longer and need no evidence copy. */
    static final int MAX_WORDS_LENGTH = 400;

    private CitationReader() {}

    /** The citations of a fact; reports their absence if {@code required}. */
    static List<Citation> cites(Fields f, boolean required) {
        Optional<YamlNode> node = f.node("cite");
        if (node.isEmpty()) {
            if (required) f.reading.error(f.at(), f.what() + " has no cite (every fact cites its source)");
            return List.of();
        }
        return cites(node.get(), f.reading);
    }

    /** The citations written at {@code node}: one citation or a list of them. */
    static List<Citation> cites(YamlNode node, Reading reading) {
        List<YamlNode> items = node instanceof Sequence s ? s.items() : List.of(node);
        List<Citation> out = new ArrayList<>();
        for (YamlNode item : items) citation(item, reading).ifPresent(out::add);
        return List.copyOf(out);
    }

    private static Optional<Citation> citation(YamlNode node, Reading reading) {
        if (node instanceof Scalar s) return scalar(s, reading);
        return Fields.of(node, "cite", KEYS, reading).flatMap(f -> {
            if (f.has("line")) return line(f);
            if (!f.has("para")) reading.error(f.at(), "missing key 'para' (or 'line' for a table) in cite");
            Optional<CitedPart> part = f.scalar("para").flatMap(s -> part(s, reading));
            Optional<String> words = f.text("words").flatMap(w -> words(w, f.at("words"), reading));
            List<OutletCitation> outlets = outlets(f);
            return part.map(p -> new Citation(p, words, outlets, f.at("para")));
        });
    }

    /** {@code 8}, {@code caption}, or either followed by {@code ": "} and the evidence words. */
    private static Optional<Citation> scalar(Scalar s, Reading reading) {
        int colon = s.text().indexOf(':');
        if (colon < 0) return part(s, reading).map(p -> new Citation(p, List.of(), s.at()));
        Scalar part = new Scalar(s.text().substring(0, colon).strip(), s.kind(), s.at());
        Optional<String> words = words(s.text().substring(colon + 1), s.at(), reading);
        return part(part, reading).filter(p -> words.isPresent()).map(p -> new Citation(p, words, List.of(), s.at()));
    }

    /** Evidence words: not blank, on one line (a YAML folded string is fine), white space as written. */
    private static Optional<String> words(String text, Location at, Reading reading) {
        String words = text.strip();
        if (words.isEmpty()) {
            reading.error(at, "no words after the paragraph in cite (expected e.g. \"8: some 1,850 troops\")");
            return Optional.empty();
        }
        if (words.length() > MAX_WORDS_LENGTH) {
            reading.error(at, "evidence words of " + words.length() + " characters (at most " + MAX_WORDS_LENGTH
                    + "): give the shortest run of the article's words that states the fact");
            return Optional.empty();
        }
        return Optional.of(words);
    }

    /** {@code {line: N}}: a line of a table, which names no outlet. */
    private static Optional<Citation> line(Fields f) {
        for (String other : List.of("para", "outlets")) {
            if (f.has(other)) f.reading.error(f.at(other), "'" + other + "' does not go with 'line' in cite");
        }
        Optional<Long> n = Values.count(f, "line");
        if (n.isEmpty() || !BoundedCount.within(f, "line", n.get())) return Optional.empty();
        CitedPart part = CitedPart.line(n.get().intValue());
        f.reading.parts.add(new Reading.PartUse(part, f.at("line")));
        return Optional.of(new Citation(part, List.of(), f.at("line")));
    }

    private static Optional<CitedPart> part(Scalar s, Reading reading) {
        if (s.text().equals(CAPTION)) {
            reading.parts.add(new Reading.PartUse(CitedPart.CAPTION, s.at()));
            return Optional.of(CitedPart.CAPTION);
        }
        if (s.text().matches("\\d{1," + BoundedCount.PARAGRAPH_DIGITS + "}")) {
            CitedPart part = CitedPart.paragraph(Integer.parseInt(s.text()));
            reading.parts.add(new Reading.PartUse(part, s.at()));
            return Optional.of(part);
        }
        reading.error(s.at(), "invalid cite '" + s.text() + "' (expected a paragraph number or 'caption', "
                + "optionally followed by ': ' and the words that state the fact)");
        return Optional.empty();
    }

    private static List<OutletCitation> outlets(Fields f) {
        Optional<YamlNode> node = f.node("outlets");
        if (node.isEmpty()) return List.of();
        if (!(node.get() instanceof Sequence seq)) {
            f.reading.error(node.get().at(), "expected a list for 'outlets', found " + node.get().describe());
            return List.of();
        }
        List<OutletCitation> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields.of(item, "outlet citation", OUTLET_KEYS, f.reading).flatMap(CitationReader::outlet).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static Optional<OutletCitation> outlet(Fields f) {
        if (!f.has("outlet")) f.reading.error(f.at(), "missing key 'outlet' in outlet citation");
        Optional<Ref> outlet = f.ref("outlet", f.reading.format.outlet());
        var date = Values.date(f, "date");
        var accessed = Values.date(f, "accessed");
        return outlet.map(o -> new OutletCitation(o, date, accessed));
    }
}
