package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * {@code GET /source/ID}: the text of the article {@code id/ID} as HTML, each span of evidence
 * marked and linked to the facts it states ({@link SourcePage}). 404 for an unknown document, and
 * for one whose text the server was not given, with where the text is published.
 * <p>Mount on {@code /source/*}: {@code addServlet("/source/*", new SourceTextServlet(ds, SourceTextFolder.in(dir)))}.
 */
public final class SourceTextServlet extends NegotiatingServlet {
    private final transient ResourceDescriber describer;
    private final transient SourceTextFolder texts;

    public SourceTextServlet(Dataset dataset, SourceTextFolder texts) {
        this.describer = new ResourceDescriber(dataset);
        this.texts = texts;
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> name = localName(request, response);
        if (name.isEmpty()) return;
        String iri = ResourcePath.iri(name.get());
        Optional<Model> model = describer.describeDocumentEvidence(iri);
        if (model.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No article " + iri + ".");
            return;
        }
        Optional<SourceText> text = texts.forDocument(iri);
        if (text.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, withoutText(model.get().createResource(iri)));
            return;
        }
        writeHtml(response, new SourcePage(new LocalLinks(request.getContextPath())).render(model.get(), iri, text.get()));
    }

    private static String withoutText(Resource article) {
        Resource url = article.getPropertyResourceValue(SchemaDO.url);
        return "This server does not have the text of " + article.getURI()
                + (url != null && url.isURIResource() ? "; read it where it is published: " + url.getURI() : "") + "."
                + " A server started with --sources DIR serves it from the text file in DIR that the fact file names.";
    }
}
