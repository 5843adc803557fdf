package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * {@code GET /ontology}: the ontology graph ({@link Graphs#ONTOLOGY}) as RDF/XML (first, for
 * ontology checkers), Turtle, HTML, JSON-LD or N-Triples. Hash terms ({@code ontology#Person})
 * resolve to this document; the HTML page has an anchor per term. The modules' own
 * {@code owl:Ontology} headers are left to {@link OntologyModuleServlet}: an OWL tool reading this
 * document sees one ontology, the umbrella, whose {@code owl:imports} it then fetches from there.
 * <p>Mount on {@code /ontology}: {@code addServlet("/ontology", new OntologyServlet(ds))}.
 */
public final class OntologyServlet extends NegotiatingServlet {
    private final transient Dataset dataset;

    public OntologyServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Model ontology = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .setNsPrefixes(KgPrefixes.mapping()).add(dataset.getNamedModel(Graphs.ONTOLOGY)));
        for (Resource header : ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList())
            if (!KG.ONTOLOGY.equals(header.getURI())) ontology.removeAll(header, null, null);
        if (ontology.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No ontology is loaded.");
            return;
        }
        Optional<Representation> representation = negotiate(request, response, Representation.ONTOLOGY_OFFERS);
        if (representation.isEmpty())
            return;
        if (representation.get() == Representation.HTML)
            writeHtml(response, new OntologyPage(new LocalLinks(request.getContextPath())).render(ontology));
        else
            writeRdf(response, representation.get(), ontology);
    }
}
