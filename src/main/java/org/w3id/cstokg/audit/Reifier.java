package org.w3id.cstokg.audit;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * One asserted triple of a document graph with the citations that support it: an
 * {@code rdf:Statement} (RDF 1.1 reification, as docs/ontology.md's evidence section writes it)
 * or an RDF 1.2 reifier ({@code rdf:reifies}), with its {@code kg:citation}s.
 */
public record Reifier(Resource node, Resource subject, Property predicate, RDFNode object, List<Resource> citations) {

    public Reifier {
        citations = List.copyOf(citations);
    }

    /** {@code <arrival> kg:aircraftCount <arrival/aircraft>}, IRIs shortened to the project's ids. */
    public String triple() {
        return Names.shown(subject) + " " + Names.shown(predicate) + " " + Names.shown(object);
    }
}
