package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads every request body before a servlet does, so that one over the limits is answered 413 with
 * one line, whatever its framing: over {@link RequestLimits#MAX_BODY} bytes (also when sent chunked,
 * with no length to refuse it by), or a form with more than {@link RequestLimits#MAX_FORM_KEYS}
 * fields. (Read inside Fuseki, the same bodies failed with a 500.) TRACE, which would echo the
 * request, is refused with 405.
 */
final class BodyLimitFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            UpdateFence.plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not allowed.");
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<HttpServletRequest> read = read(request);
        if (read.isEmpty()) {
            UpdateFence.plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body too large: at most "
                    + RequestLimits.MAX_BODY + " bytes and " + RequestLimits.MAX_FORM_KEYS + " form fields.");
            return;
        }
        chain.doFilter(read.get(), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The request with its body read, or empty if the body breaks a limit. */
    private static Optional<HttpServletRequest> read(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
                if (request.getParameterMap().size() > RequestLimits.MAX_FORM_KEYS) return Optional.empty();
                return Optional.of(request);
            }
            byte[] body = request.getInputStream().readNBytes(RequestLimits.MAX_BODY + 1);
            return body.length > RequestLimits.MAX_BODY ? Optional.empty() : Optional.of(new BufferedBody(request, body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
