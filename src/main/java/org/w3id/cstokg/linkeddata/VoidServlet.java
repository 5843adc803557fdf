package org.w3id.cstokg.linkeddata;

import org.apache.jena.query.Dataset;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KgDataset;

/**
 * {@code GET /.well-known/void}: the dataset's VoID and DCAT description (graph {@link Graphs#VOID},
 * written at build time by {@link org.w3id.cstokg.describe.VoidDescription}), by content negotiation.
 * <p>Mount on {@code /.well-known/void}: {@code addServlet("/.well-known/void", new VoidServlet(ds))}.
 */
public final class VoidServlet extends NamedGraphServlet {
    public VoidServlet(Dataset dataset) {
        super(dataset, Graphs.VOID, Representation.RESOURCE_OFFERS, "No dataset description is loaded.",
                (links, description) -> new ResourcePage(links).render(description, KgDataset.DATASET));
    }
}
