package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TIME;

/**
 * Check 15: a post held in a dated sentence is held as of that day. A holding whose evidence ("Armenian
 * Prime Minister Nikol Pashinian") shares a sentence with the evidence of an event the article dates
 * to one day ("At 1:20 AM Moscow time, on January 6, Russia's presidential website posted …") has
 * that day as its {@code asOf} ({@code kg:asOf}; one of the days, if the sentence dates several
 * events). The article writes the day once, in the event's words, so without this check a deleted
 * {@code asOf} went unnoticed. An event over several days (a {@code time:Interval}: the mission from
 * January 6 through January 19) dates no sentence, and neither does evidence that only names an event
 * (its reference, "Ana Berg called the airlift").
 */
final class HoldingDates {

    private HoldingDates() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PlacedEvidence h : placed) {
            for (Resource holding : h.subjects(r -> r.hasProperty(RDF.type, KG.PostHolding))) {
                String text = article.parts().get(h.evidence().part());
                Map<String, Resource> days = new LinkedHashMap<>();
                for (Span sentence : SentenceSplitter.split(text)) {
                    if (!sentence.overlaps(h.span())) continue;
                    for (PlacedEvidence e : placed) {
                        // evidence that only names an event (a reference, "the airlift") does not place it in the sentence
                        if (!e.evidence().part().equals(h.evidence().part()) || !sentence.contains(e.span())
                                || !SentenceCoverage.statesMoreThanNames(e.evidence())) continue;
                        for (Resource event : e.subjects(graph::isEvent)) {
                            oneDay(event).ifPresent(d -> days.putIfAbsent(d, event));
                        }
                    }
                }
                if (days.isEmpty()) continue;
                Set<String> asOf = new TreeSet<>();
                holding.listProperties(KG.asOf).forEachRemaining(s -> {
                    if (s.getObject().isLiteral()) asOf.add(s.getLiteral().getLexicalForm());
                });
                if (asOf.stream().anyMatch(days::containsKey) || !seen.add(holding.toString())) continue;
                String dated = String.join(", ", days.entrySet().stream()
                        .map(d -> Names.shown(d.getValue()) + " (" + d.getKey() + ")").toList());
                findings.add(new Finding(Optional.of(h.evidence().part()), Names.shown(holding) + " shares a sentence with "
                        + dated + (asOf.isEmpty() ? ", but has no asOf" : ", but is as of " + String.join(", ", asOf)),
                        locator.ofCitation(h.evidence()), "give the holding the day the sentence dates it (asOf: "
                        + days.keySet().iterator().next() + ")"));
            }
        }
        return findings;
    }

    /** The day of an event dated to one day or instant ({@code kg:date} beside a {@code time:Instant}). */
    private static Optional<String> oneDay(Resource event) {
        boolean instant = event.listProperties(TIME.hasTime).toList().stream()
                .anyMatch(s -> s.getObject().isResource() && s.getResource().hasProperty(RDF.type, TIME.Instant));
        if (!instant) return Optional.empty();
        RDFNode date = event.getProperty(KG.date) == null ? null : event.getProperty(KG.date).getObject();
        return date != null && date.isLiteral() ? Optional.of(date.asLiteral().getLexicalForm()) : Optional.empty();
    }

}
