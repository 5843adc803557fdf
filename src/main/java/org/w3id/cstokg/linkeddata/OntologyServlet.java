package org.w3id.cstokg.linkeddata;

import org.apache.jena.query.Dataset;
import org.w3id.cstokg.vocab.Graphs;

/**
 * {@code GET /ontology}: the ontology graph ({@link Graphs#ONTOLOGY}) as RDF/XML (first, for
 * ontology checkers), Turtle, HTML, JSON-LD or N-Triples. Hash terms ({@code ontology#Person})
 * resolve to this document; the HTML page has an anchor per term.
 * <p>Mount on {@code /ontology}: {@code addServlet("/ontology", new OntologyServlet(ds))}.
 */
public final class OntologyServlet extends NamedGraphServlet {
    public OntologyServlet(Dataset dataset) {
        super(dataset, Graphs.ONTOLOGY, Representation.ONTOLOGY_OFFERS, "No ontology is loaded.",
                (links, ontology) -> new OntologyPage(links).render(ontology));
    }
}
