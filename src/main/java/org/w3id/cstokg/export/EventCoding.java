package org.w3id.cstokg.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The code an event has in one codebook: its own, else the one its class (or a superclass) is
 * {@code skos:exactMatch} or {@code skos:closeMatch} to in that scheme, else the reason none fits.
 * Broad and narrow matches say how the classes relate; they give no code.
 */
record EventCoding(Optional<Resource> code, Optional<String> notCovered) {
    /** The event's CAMEO event code (three or four digits). */
    static EventCoding cameo(Resource event) {
        return of(event, KG.cameoEventCode, KG.CameoEventCodes, KG.cameoNotCovered);
    }

    /** The event's ACLED sub-event type. */
    static EventCoding acled(Resource event) {
        return of(event, KG.acledSubEventType, KG.AcledEventTypes, KG.acledNotCovered);
    }

    private static EventCoding of(Resource event, Property own, Resource scheme, Property notCovered) {
        Resource mine = event.getPropertyResourceValue(own);
        if (mine != null) return new EventCoding(Optional.of(mine), Optional.empty());
        Optional<String> reason = text(event, notCovered);
        for (Resource c : classes(event)) {
            Optional<Resource> mapped = matchIn(c, scheme);
            if (mapped.isPresent()) return new EventCoding(mapped, Optional.empty());
            if (reason.isEmpty()) reason = text(c, notCovered);
        }
        return new EventCoding(Optional.empty(), reason);
    }

    private static Optional<Resource> matchIn(Resource c, Resource scheme) {
        for (Property p : new Property[] {SKOS.exactMatch, SKOS.closeMatch}) {
            for (Statement st : c.listProperties(p).toList()) {
                Resource concept = st.getResource();
                if (concept.hasProperty(SKOS.inScheme, scheme) && codable(concept)) return Optional.of(concept);
            }
        }
        return Optional.empty();
    }

    /** A CAMEO root code (two digits) is no EventCode, nor an ACLED event type a sub-event type. */
    private static boolean codable(Resource concept) {
        if (concept.hasProperty(SKOS.inScheme, KG.AcledEventTypes)) return concept.hasProperty(SKOS.broader);
        return notation(concept).length() >= 3;
    }

    /** The event's classes, nearest first: its own types, then their superclasses. */
    static Set<Resource> classes(Resource event) {
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(event.listProperties(RDF.type).mapWith(Statement::getResource).toList());
        while (!todo.isEmpty()) {
            Resource c = todo.removeFirst();
            if (seen.add(c)) c.listProperties(RDFS.subClassOf).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isURIResource).forEach(o -> todo.addLast(o.asResource()));
        }
        return seen;
    }

    static String notation(Resource concept) {
        Statement st = concept.getProperty(SKOS.notation);
        return st == null ? "" : st.getString();
    }

    private static Optional<String> text(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null ? Optional.empty() : Optional.of(st.getString());
    }
}
