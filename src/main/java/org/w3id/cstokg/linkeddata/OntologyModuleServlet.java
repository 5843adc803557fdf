package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * {@code GET /ontology/NAME}: one ontology module ({@code owl:imports} targets such as
 * {@code https://w3id.org/csto-kg/ontology/actors}, or a version IRI), as it is in its file, by
 * content negotiation like {@code /ontology}; 404 for a name that is no module.
 * <p>Mount on {@code /ontology/*}: {@code addServlet("/ontology/*", new OntologyModuleServlet(Path.of("ontology")))}.
 */
public final class OntologyModuleServlet extends NegotiatingServlet {
    private final transient OntologyModules modules;

    public OntologyModuleServlet(Path ontologyDir) {
        this.modules = OntologyModules.read(ontologyDir);
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Model> module = modules.module(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        if (module.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No ontology module " + path + ".");
            return;
        }
        Optional<Representation> representation = negotiate(request, response, Representation.ONTOLOGY_OFFERS);
        if (representation.isEmpty())
            return;
        if (representation.get() == Representation.HTML)
            writeHtml(response, new OntologyPage(new LocalLinks(request.getContextPath())).render(module.get()));
        else
            writeRdf(response, representation.get(), module.get());
    }
}
