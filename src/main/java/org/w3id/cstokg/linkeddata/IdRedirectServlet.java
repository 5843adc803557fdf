package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * {@code GET /id/NAME}: the resource {@code https://w3id.org/csto-kg/id/NAME} is a thing, not a
 * document, so it answers {@code 303 See Other} to {@code /doc/NAME} (404 when unknown).
 * <p>Mount on {@code /id/*}: {@code FusekiServer.create().addServlet("/id/*", new IdRedirectServlet(ds))}.
 */
public final class IdRedirectServlet extends NegotiatingServlet {
    private final transient ResourceDescriber describer;

    public IdRedirectServlet(Dataset dataset) {
        this.describer = new ResourceDescriber(dataset);
    }

    @Override
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> name = localName(request, response);
        if (name.isEmpty()) return;
        String iri = ResourcePath.iri(name.get());
        if (!describer.exists(iri)) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, "No resource " + iri + ".");
            return;
        }
        String location = request.getContextPath() + "/doc/" + name.get();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Vary", "Accept");
        response.setContentType("text/plain");
        response.getWriter().write("See " + location + "\n");
    }
}
