package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for a public read-only endpoint: any origin may read ({@code Access-Control-Allow-Origin: *}),
 * and credentials are never allowed, so a browser never sends cookies or auth cross-origin.
 * Answers preflight requests itself.
 */
final class CorsFilter extends HttpFilter {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(ALLOW_ORIGIN, "*");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader(REQUEST_METHOD) != null) {
            response.setHeader(ALLOW_METHODS, "GET, POST, HEAD, OPTIONS");
            response.setHeader(ALLOW_HEADERS, "Accept, Content-Type");
            response.setHeader("Access-Control-Max-Age", "3600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
