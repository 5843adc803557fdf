package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
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
 * statement date or {@code by} is noticed although the article writes its words only once.
 */
final class StatementsAtEvents {

    /** The event's roles whose holder can be the speaker of what is said at it. */
    private static final List<Property> SPEAKERS = List.of(KG.agent, KG.participant, KG.decidedBy);

    private StatementsAtEvents() {}

    static List<Finding> check(EvidenceGraph graph, FactLocator locator) {
        Model doc = graph.model();
        List<Finding> findings = new ArrayList<>();
        for (Statement link : doc.listStatements(null, KG.statement, (RDFNode) null).toList()) {
            if (!link.getObject().isResource()) continue;
            Resource event = link.getSubject();
            Resource said = link.getResource();
            String what = Names.shown(said) + " (said at " + Names.shown(event) + ")";
            Optional<org.w3id.cstokg.facts.Location> at = said.isURIResource() ? locator.locate(said.getURI()) : Optional.empty();
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
