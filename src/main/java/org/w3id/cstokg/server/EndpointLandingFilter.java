package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A plain GET of a query endpoint with no {@code query} parameter — someone opening the endpoint
 * URL in a browser — is sent to the query page; any other client gets a 400 saying what is missing,
 * instead of Fuseki's 404 for a service description.
 */
final class EndpointLandingFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/");
            return;
        }
        HttpErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                "No query: send one as ?query=... (GET) or in a POST, as the SPARQL 1.1 Protocol says");
    }
}
