package org.w3id.cstokg.linkeddata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.describe.ServiceDescription;

/**
 * A GET of a query endpoint without a {@code query} parameter: the SPARQL 1.1 Service Description
 * (the specification's section 2) in the RDF format the {@code Accept} header rates highest, Turtle
 * without one; only a request that rates HTML above every RDF format (a browser) is sent to the
 * query page instead. Every other request goes on to Fuseki.
 * <p>Mount on the endpoints: {@code addFilter("/csto/sparql", new ServiceDescriptionFilter(ds, "/"))}.
 */
public final class ServiceDescriptionFilter extends HttpFilter {
    /** RDF first, so that HTML wins only when the client rates it strictly higher. */
    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);

    private final transient Dataset dataset;
    private final String page;

    /** @param page where a browser is sent, relative to the server root (the query page: {@code /}) */
    public ServiceDescriptionFilter(Dataset dataset, String page) {
        this.dataset = dataset;
        this.page = page;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Representation> chosen = NegotiatingServlet.negotiate(request, response, OFFERS);
        if (chosen.isEmpty())
            return;
        if (chosen.get() == Representation.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + page);
            return;
        }
        NegotiatingServlet.writeRdf(response, chosen.get(),
                ServiceDescription.of(request.getRequestURL().toString(), dataset));
    }
}
