package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.PROV;
import org.w3id.cstokg.vocab.TIME;

/**
 * Check 12: a statement made at an event ({@code kg:statement}: Peskov's words at his announcement,
 * Putin's at the video-conference) is made when and by whom the event says. The article writes the
 * day, the clock time's zone and the speaker once, usually in the event's words ("On January 5,
 * Kremlin spokesperson Dmitry Peskov stated, “…”"), and the statement is dated and attributed by
 * them: its {@code kg:date} is the event's, its time's zone is the event's, and its speaker
 * ({@code by}) is one of the event's agents, participants or deciding body when the event names
 * any. A missing date, zone or speaker is reported as well as a different one, so that a deleted
 * statement date or {@code by} is noticed although the article writes its words only once. Which
 * event a statement is made at and which it reports is read from the evidence side by side
 * ({@link #check}): evidence overlapping an event's, a sentence shared with an event of the speaker.
 */
final class StatementsAtEvents {

    /** The event's roles whose holder can be the speaker of what is said at it. */
    private static final List<Property> SPEAKERS = List.of(KG.agent, KG.participant, KG.decidedBy);

    private StatementsAtEvents() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator,
                               List<Exemption> exemptions, List<Exemption> used) {
        List<Finding> findings = consistent(graph, locator);
        if (!graph.knowsEvents() && graph.model().contains(null, KG.about)) {
            findings.add(new Finding(Optional.empty(), "check 12 cannot tell which resources are events: the graph types none as "
                    + "kg:Event or a subclass of it (is its ontology missing?)", Optional.empty(),
                    "audit a graph that holds its ontology, or build it from the fact files (leave out --graph)"));
        }
        findings.addAll(reported(article, graph, placed, locator, exemptions, used));
        return findings;
    }

    /**
     * The evidence of a statement and of an event side by side: a statement whose words are also an
     * event's evidence (overlapping spans: Shoigu's claim "relieved some 1,600 personnel …" and the
     * relief) reports that event, so it is about it or made at it; and a statement by someone whose
     * evidence shares a sentence with the evidence of an event that person acts in (agent,
     * participant, deciding body: "Tokayev announced on live television that organized violent
     * groups …") was made at one such event.
     */
    private static List<Finding> reported(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator,
                                          List<Exemption> exemptions, List<Exemption> used) {
        Model doc = graph.model();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PlacedEvidence s : placed) {
            for (Resource said : s.subjects(r -> !graph.isEvent(r) && r.hasProperty(KG.about))) {
                Set<Resource> madeAt = new HashSet<>(doc.listSubjectsWithProperty(KG.statement, said).toList());
                boolean quoted = quotes(s, said);
                for (PlacedEvidence e : placed) {
                    if (!e.evidence().part().equals(s.evidence().part()) || !e.span().overlaps(s.span())) continue;
                    // words quoted that state the event (the decision's own text) are about it, not only made at it
                    boolean inQuote = quoted && s.span().contains(e.span());
                    for (Resource event : e.subjects(graph::isEvent)) {
                        if (said.hasProperty(KG.about, event) || (madeAt.contains(event) && !inQuote)) continue;
                        if (!seen.add(said + " about " + event) || exempted(said, placed, exemptions, used)) continue;
                        findings.add(new Finding(Optional.of(s.evidence().part()), s.evidence().described() + " is also "
                                + e.evidence().described() + ", but " + Names.shown(said) + (inQuote ? " is not about "
                                + Names.shown(event) + ", which its quoted words state" : " is neither about "
                                + Names.shown(event) + " nor made at it"), locator.ofCitation(s.evidence()),
                                "add it to the statement's about (or to the event's statements), or cite words that do not report the event"));
                    }
                }
                Set<RDFNode> by = new HashSet<>(doc.listObjectsOfProperty(said, PROV.wasAttributedTo).toList());
                if (by.isEmpty()) continue;
                String text = article.parts().get(s.evidence().part());
                Set<Resource> acting = new LinkedHashSet<>();
                for (Span sentence : SentenceSplitter.split(text)) {
                    if (!sentence.overlaps(s.span())) continue;
                    for (PlacedEvidence e : placed) {
                        if (!e.evidence().part().equals(s.evidence().part()) || !sentence.overlaps(e.span())) continue;
                        for (Resource event : e.subjects(graph::isEvent)) {
                            if (SPEAKERS.stream().anyMatch(p -> by.stream().anyMatch(b -> doc.contains(event, p, b)))) acting.add(event);
                        }
                    }
                }
                if (!acting.isEmpty() && Collections.disjoint(acting, madeAt) && seen.add(said + " made at")
                        && !exempted(said, placed, exemptions, used)) {
                    findings.add(new Finding(Optional.of(s.evidence().part()), Names.shown(said) + " shares a sentence with "
                            + String.join(", ", acting.stream().map(Names::shown).sorted().toList())
                            + ", in which its speaker acts, but is made at none of them", locator.ofCitation(s.evidence()),
                            "add it to the statements of the event it was made at, or list its evidence words under audit: as {para: "
                                    + s.evidence().part().cited() + ", text: \"" + s.evidence().words().orElse("") + "\", reason: ...}"));
                }
            }
        }
        return findings;
    }

    /**
     * Whether a {@code text} entry of the {@code audit:} list names the words of one of {@code said}'s
     * evidence spans: a statement the reviewer accepts as reporting no event beside it, and made at none
     * (the entries that do are added to {@code used}).
     */
    private static boolean exempted(Resource said, List<PlacedEvidence> placed, List<Exemption> exemptions, List<Exemption> used) {
        boolean exempted = false;
        for (PlacedEvidence p : placed) {
            if (p.evidence().words().isEmpty() || p.evidence().supports().stream().noneMatch(r -> r.subject().equals(said))) continue;
            exempted |= Exemption.claim(exemptions, p.evidence().part(), p.evidence().words().get(), used);
        }
        return exempted;
    }

    /** Whether {@code p}'s words are the quotation of {@code said} ({@code kg:quote}), the quoted words themselves. */
    private static boolean quotes(PlacedEvidence p, Resource said) {
        return p.evidence().words().isPresent() && p.evidence().supports().stream().anyMatch(r -> r.subject().equals(said)
                && r.predicate().equals(KG.quote) && r.object().isLiteral()
                && QuotationMention.normalise(r.object().asLiteral().getLexicalForm())
                        .equals(QuotationMention.normalise(p.evidence().words().get())));
    }


    /** A statement made at an event has the event's date, time zone and one of its agents as speaker. */
    private static List<Finding> consistent(EvidenceGraph graph, FactLocator locator) {
        Model doc = graph.model();
        List<Finding> findings = new ArrayList<>();
        for (Statement link : doc.listStatements(null, KG.statement, (RDFNode) null).toList()) {
            if (!link.getObject().isResource()) continue;
            Resource event = link.getSubject();
            Resource said = link.getResource();
            String what = Names.shown(said) + " (said at " + Names.shown(event) + ")";
            Optional<Location> at = said.isURIResource() ? locator.locate(said.getURI()) : Optional.empty();
            Set<String> eventDates = literals(event, KG.date);
            Set<String> saidDates = literals(said, KG.date);
            if (!eventDates.isEmpty() && !eventDates.equals(saidDates)) {
                findings.add(new Finding(Optional.empty(), what + (saidDates.isEmpty() ? " has no date" : " is dated " + String.join(", ", saidDates))
                        + ", but the event is dated " + String.join(", ", eventDates), at,
                        "give the statement the date of the event it was made at (date:)"));
            }
            Set<String> eventZones = zones(event);
            if (!eventZones.isEmpty() && !eventZones.equals(zones(said))) {
                findings.add(new Finding(Optional.empty(), what + " has not the event's time zone " + String.join(", ", eventZones), at,
                        "give the statement the time and timeZone of the event it was made at"));
            }
            Set<RDFNode> speakers = new HashSet<>();
            SPEAKERS.forEach(p -> doc.listObjectsOfProperty(event, p).forEachRemaining(speakers::add));
            Set<RDFNode> by = new HashSet<>(doc.listObjectsOfProperty(said, PROV.wasAttributedTo).toList());
            if (!speakers.isEmpty() && by.stream().noneMatch(speakers::contains)) {
                findings.add(new Finding(Optional.empty(), what + (by.isEmpty() ? " has no speaker" : " is by "
                        + String.join(", ", by.stream().map(Names::shown).sorted().toList()))
                        + ", but the event's agents or participants are " + String.join(", ", speakers.stream().map(Names::shown).sorted().toList()),
                        at, "give the statement the speaker the article gives (by:), one of the event's"));
            }
        }
        findings.sort((a, b) -> a.problem().compareTo(b.problem()));
        return findings;
    }

    private static Set<String> literals(Resource r, Property p) {
        Set<String> values = new HashSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) values.add(s.getLiteral().getLexicalForm());
        });
        return values;
    }

    private static Set<String> zones(Resource r) {
        Set<String> zones = new HashSet<>();
        r.listProperties(TIME.hasTime).forEachRemaining(s -> {
            if (s.getObject().isResource()) zones.addAll(literals(s.getResource(), TIME.timeZone));
        });
        return zones;
    }
}
