package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common ground of the linked-data servlets: GET only, content negotiation with 406 when
 * nothing offered is acceptable, and any failure answered as a plain 500 (logged, never shown).
 */
abstract class NegotiatingServlet extends HttpServlet {
    static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.server.linkeddata");

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            handle(request, response);
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {}", request.getRequestURI(), e);
            ErrorResponse.send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal server error.");
        }
    }

    abstract void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** The resource name after the servlet's path; when it is not one, the 400 has been sent already. */
    static Optional<String> localName(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> name = ResourcePath.localName(request.getPathInfo());
        if (name.isEmpty()) ErrorResponse.send(response, HttpServletResponse.SC_BAD_REQUEST, "Not a resource path.");
        return name;
    }

    /** The representation to answer with; when there is none, the 406 has been sent already. */
    static Optional<Representation> negotiate(HttpServletRequest request, HttpServletResponse response,
                                              List<Representation> offers) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Representation> chosen = ContentNegotiation.choose(request.getHeader("Accept"), offers);
        if (chosen.isEmpty())
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available media types: " + Representation.describe(offers) + ".");
        return chosen;
    }

    static void writeRdf(HttpServletResponse response, Representation representation, Model model) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.mediaType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RDFWriter.source(model).format(representation.format()).output(response.getOutputStream());
    }

    static void writeHtml(HttpServletResponse response, String page) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page);
    }
}
