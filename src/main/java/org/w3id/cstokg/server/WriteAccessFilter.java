package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * HTTP Basic authentication for the protected paths (the update and Graph Store write endpoints,
 * the admin paths {@code /$/…}): without matching credentials, 401 with a challenge. A request
 * that passes carries the user as its remote user, which Fuseki's endpoint policy checks again.
 * Reads stay open: other paths pass untouched.
 */
final class WriteAccessFilter extends HttpFilter {
    static final String REALM = "csto-kg";
    private final Credentials credentials;
    private final List<String> protectedPrefixes;

    WriteAccessFilter(Credentials credentials, List<String> protectedPrefixes) {
        this.credentials = credentials;
        this.protectedPrefixes = List.copyOf(protectedPrefixes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The decoded, normalised path, the one Fuseki dispatches on (not the raw URI, which %-escapes could disguise).
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (protectedPrefixes.stream().noneMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> user = credentials.userOf(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            HttpErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required to write or administer.");
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteUser() { return user.get(); }
        }, response);
    }
}
