package org.w3id.cstokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The query page: {@code /} is our page around YASGUI, {@code /ui/...} its script and style, and
 * {@code /ui/yasgui/...} the YASGUI bundle served from its WebJar, so nothing is fetched from
 * another host.
 */
final class UiServlet extends HttpServlet {
    private static final String OURS = "org/w3id/cstokg/server/ui/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8");

    private final String yasgui;

    UiServlet() {
        this.yasgui = WebJar.folder("zazuko__yasgui") + "build/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String resource = resourceFor(path);
        String type = resource == null ? null : TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        InputStream in = resource == null || type == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            HttpErrors.notFound(response, path);
            return;
        }
        response.setContentType(type);
        try (in) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** The class-path resource for a request path, or null. */
    private String resourceFor(String path) {
        if (path.equals("/") || path.isEmpty()) {
            return OURS + "index.html";
        }
        if (path.startsWith("/ui/yasgui/") && !path.contains("..")) {
            return yasgui + path.substring("/ui/yasgui/".length());
        }
        if (path.startsWith("/ui/") && !path.contains("..")) {
            return OURS + path.substring("/ui/".length());
        }
        return null;
    }
}
