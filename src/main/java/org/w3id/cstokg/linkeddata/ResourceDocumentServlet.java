package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * {@code GET /doc/NAME}: the description of {@code https://w3id.org/csto-kg/id/NAME} as HTML,
 * Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation; 406 for other media types.
 * {@code /doc/NAME.ttl} ({@code .html .jsonld .nt .rdf}) names one representation outright, for
 * links and for the w3id redirect rules.
 * <p>Mount on {@code /doc/*}: {@code addServlet("/doc/*", new ResourceDocumentServlet(ds))}.
 */
public final class ResourceDocumentServlet extends NegotiatingServlet {
    private final transient ResourceDescriber describer;
    private final transient SourceTextFolder texts;

    /** The pages without source texts: the evidence notes, and where each text is published. */
    public ResourceDocumentServlet(Dataset dataset) {
        this(dataset, SourceTextFolder.NONE);
    }

    /** The pages with the cited paragraphs of the texts in {@code texts}, their evidence highlighted. */
    public ResourceDocumentServlet(Dataset dataset, SourceTextFolder texts) {
        this.describer = new ResourceDescriber(dataset);
        this.texts = texts;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> name = localName(request, response);
        if (name.isEmpty()) return;
        Optional<Representation> byExtension = Representation.byExtension(name.get());
        String localName = byExtension.map(r -> name.get().substring(0, name.get().length() - r.extension().length() - 1))
                .orElse(name.get());
        String iri = ResourcePath.iri(localName);
        if (!describer.exists(iri)) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No resource " + iri + ".");
            return;
        }
        DocumentAlternates alternates = new DocumentAlternates(request.getContextPath(), localName);
        response.setHeader("Link", alternates.linkHeader());
        Optional<Representation> representation = byExtension.isPresent() ? byExtension
                : negotiate(request, response, Representation.RESOURCE_OFFERS);
        if (representation.isEmpty())
            return;
        if (representation.get() == Representation.HTML)
            writeHtml(response, new ResourcePage(new LocalLinks(request.getContextPath()), texts)
                    .render(describer.describeForPage(iri).orElseThrow(), iri, alternates.htmlLinks()));
        else
            writeRdf(response, representation.get(), describer.describe(iri).orElseThrow());
    }
}
