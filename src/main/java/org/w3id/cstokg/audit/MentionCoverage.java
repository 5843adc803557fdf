package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 3: every number, date and clock time of a part lies inside a placed evidence span whose
 * triples state it (a number inside a quotation is stated by the wording literal that quotes it,
 * unless it is part of a name: "article 4" is the article's number);
 * every outlet citation is given by a citation of that part; every quotation is quoted by a wording
 * literal of a triple citing that part. The {@code audit:} list exempts mentions by their words.
 */
final class MentionCoverage {

    private static final Pattern ZONE = Pattern.compile(
            "\\s+((?:\\p{Lu}\\p{L}+\\s+)+time|UTC|GMT)(?![\\p{L}])");

    private final List<Finding> findings = new ArrayList<>();
    private final List<Exemption> used = new ArrayList<>();
    private int mentions;
    private int exempted;

    MentionCoverage(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed,
                    List<Exemption> exemptions) {
        MentionExtractor extractor = new MentionExtractor(year);
        article.parts().forEach((part, text) -> {
            List<Mention> found = extractor.extract(text);
            StatedValues inPart = new StatedValues();
            graph.in(part).forEach(e -> {
                inPart.addAll(e.values());
                e.sources().forEach(inPart::addSource);
            });
            List<PlacedEvidence> here = placed.stream().filter(p -> p.evidence().part().equals(part)).toList();
            List<Span> named = graph.names().in(text, new Span(0, text.length())).stream().map(NameIndex.Occurrence::span).toList();
            for (Mention m : found) {
                mentions++;
                List<Exemption> covering = exemptions.stream().filter(x -> x.covers(part, m)).toList();
                used.addAll(covering);
                if (!covering.isEmpty()) exempted++;
                else check(part, m, found, inPart, here, text, named);
            }
        });
    }

    private void check(ArticlePart part, Mention m, List<Mention> all, StatedValues inPart, List<PlacedEvidence> here,
                       String text, List<Span> named) {
        switch (m) {
            case CitationMention c -> {
                if (!inPart.states(c)) add(part, m.label() + " is given by no citation of " + part.inProse(),
                        "add it to the cite (outlets:) of the facts these words state");
                else if (c.photoSource() && here.stream().noneMatch(p -> credits(p, c))) add(part, "\"(" + c.text()
                        + ")\" is the source of the photograph, but no photograph of a fact citing " + part.inProse()
                        + " is credited to " + c.outlet(), "give the fact the photograph shows photoCredit: the outlet");
            }
            case QuotationMention q -> {
                if (!inPart.states(q)) add(part, m.label() + " is quoted by no fact citing " + part.inProse(),
                        "add the statement (kg:quote) or the quoted label (missionLabel, describedAs) that says it, citing "
                                + part.inProse());
            }
            case CharacterizationMention d -> {
                if (!inPart.states(d)) add(part, m.label() + " is reported by no fact citing " + part.inProse(),
                        "add the description (describedAs, or missionLabel for a label) in these words, citing "
                                + part.inProse());
            }
            default -> value(part, m, all, inPart, here, text, named);
        }
    }

    /**
     * A number inside a name ("article 4 of the Collective Security Treaty") is the named thing's
     * (its {@code number}), so a quotation that holds the name does not state it for that thing.
     */
    private void value(ArticlePart part, Mention m, List<Mention> all, StatedValues inPart, List<PlacedEvidence> here,
                       String text, List<Span> named) {
        Span span = new Span(m.offset(), m.offset() + m.text().length());
        boolean inName = named.stream().anyMatch(n -> n.contains(span));
        boolean quoted = !inName && all.stream().anyMatch(q -> q instanceof QuotationMention
                && new Span(q.offset(), q.offset() + q.text().length()).contains(span) && inPart.states(q));
        if (quoted) return;
        List<PlacedEvidence> around = here.stream().filter(p -> p.span().contains(span)).toList();
        List<PlacedEvidence> stating = around.stream().filter(p -> p.evidence().values().states(m)).toList();
        Optional<Hedge> hedge = m instanceof NumberMention ? Hedge.before(text, m.offset()) : Optional.empty();
        if (!stating.isEmpty() && hedge.isPresent()
                && stating.stream().noneMatch(p -> p.evidence().values().states((NumberMention) m, hedge.get()))) {
            add(part, m.label() + " is hedged in the text, but the value in " + stating.get(0).evidence().described()
                    + " has no " + hedge.get().flag() + " true", "mark the count as the text does (approx, estimated, "
                    + "minExclusive or maxExclusive)");
            return;
        }
        Optional<String> zone = m instanceof ClockTimeMention ? zoneAfter(text, m) : Optional.empty();
        if (!stating.isEmpty() && zone.isPresent()
                && stating.stream().noneMatch(p -> p.evidence().values().states((ClockTimeMention) m, zone.get()))) {
            add(part, m.label() + " is given in " + zone.get() + ", which no time stating it has as its time:timeZone",
                    "write the time's timeZone as the article words it: " + zone.get());
            return;
        }
        if (!stating.isEmpty()) return;
        if (around.isEmpty()) {
            add(part, m.label() + " lies in no evidence span",
                    "give the fact that " + m.requirement() + " evidence words that include \"" + m.text() + "\"");
        } else {
            add(part, m.label() + " lies in " + String.join(", ", around.stream().map(p -> p.evidence().described()).toList())
                    + ", whose triples do not state it", "add the value to that fact, or give the fact that "
                    + m.requirement() + " its own evidence");
        }
    }

    /** Whether {@code p} supports a photograph's {@code kg:credit} to the outlet {@code c} names. */
    private static boolean credits(PlacedEvidence p, CitationMention c) {
        return p.evidence().supports().stream().anyMatch(r -> r.predicate().equals(KG.credit) && r.object().isResource()
                && new CitedSource(CitedSources.labels(r.object().asResource()), Optional.empty(), false).matches(c));
    }

    /** The zone the text writes right after a clock time: "Moscow time", "UTC", "GMT". */
    static Optional<String> zoneAfter(String text, Mention m) {
        Matcher zone = ZONE.matcher(text).region(m.offset() + m.text().length(), text.length());
        return zone.lookingAt() ? Optional.of(zone.group(1)) : Optional.empty();
    }

    private void add(ArticlePart part, String problem, String remedy) {
        findings.add(new Finding(Optional.of(part), problem, Optional.empty(), remedy));
    }

    List<Finding> findings() { return List.copyOf(findings); }

    List<Exemption> used() { return List.copyOf(used); }

    int mentions() { return mentions; }

    int exempted() { return exempted; }
}
