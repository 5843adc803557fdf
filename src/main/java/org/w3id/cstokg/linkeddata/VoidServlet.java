package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KgDataset;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * {@code GET /.well-known/void}: the dataset's VoID and DCAT description (graph {@link Graphs#VOID},
 * written at build time by {@link org.w3id.cstokg.publish.VoidDescription}), by content negotiation.
 * <p>Mount on {@code /.well-known/void}: {@code addServlet("/.well-known/void", new VoidServlet(ds))}.
 */
public final class VoidServlet extends NegotiatingServlet {
    private final transient Dataset dataset;

    public VoidServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Model description = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .setNsPrefixes(KgPrefixes.mapping()).add(dataset.getNamedModel(Graphs.VOID)));
        if (description.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No dataset description is loaded.");
            return;
        }
        Optional<Representation> representation = negotiate(request, response, Representation.RESOURCE_OFFERS);
        if (representation.isEmpty())
            return;
        if (representation.get() == Representation.HTML)
            writeHtml(response, new ResourcePage(new LocalLinks(request.getContextPath())).render(description, KgDataset.DATASET));
        else
            writeRdf(response, representation.get(), description);
    }
}
