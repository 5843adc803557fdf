package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queries and updates too deeply nested for Jena's recursive parser and algebra (a 100,000-step
 * property path, a UNION of 40,000 branches) are answered 400 with one line and logged in one
 * line, instead of a 500 and a thousand-line stack trace ({@link ParseDepth} parses them first).
 * So are queries and updates whose {@code EXISTS} nest more than {@link NestingBound#MAX_EXISTS_DEPTH}
 * deep, which Jena's optimiser would work on for minutes, past any timeout.
 * Other syntax errors pass on, for Fuseki to report with the parser's message.
 */
final class DeepQueryGuard extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.server");
    static final String TOO_DEEP = "The request is nested too deeply to be parsed (a very long property path, "
            + "or very many UNION branches?); split it.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String query = request.getParameter("query");
        String update = request.getParameter("update");
        java.util.Optional<BufferedBody> buffered = BufferedBody.of(request);
        if (buffered.isPresent()) {
            BufferedBody body = buffered.get();
            if (type.startsWith("application/sparql-query")) query = body.text();
            if (type.startsWith("application/sparql-update")) update = body.text();
        }
        if (ParseDepth.tooDeep(query, update)) {
            LOG.warn("Refused a request nested too deeply to parse ({} {}, {} characters)", request.getMethod(),
                    request.getRequestURI(), (query != null ? query : update).length());
            UpdateFence.plain(response, HttpServletResponse.SC_BAD_REQUEST, TOO_DEEP);
            return;
        }
        int exists = Math.max(NestingBound.existsDepth(query), NestingBound.existsDepth(update));
        if (exists > NestingBound.MAX_EXISTS_DEPTH) {
            LOG.warn("Refused a request with EXISTS nested {} deep ({} {})", exists, request.getMethod(), request.getRequestURI());
            UpdateFence.plain(response, HttpServletResponse.SC_BAD_REQUEST, tooManyExists(exists));
            return;
        }
        chain.doFilter(request, response);
    }

    static String tooManyExists(int depth) {
        return "EXISTS is nested " + depth + " deep here, more than the " + NestingBound.MAX_EXISTS_DEPTH
                + " this server optimises (Jena's optimiser takes time exponential in the depth); flatten the filters.";
    }
}
