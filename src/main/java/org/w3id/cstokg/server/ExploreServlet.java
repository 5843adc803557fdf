package org.w3id.cstokg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.w3id.cstokg.explore.GraphView;
import org.w3id.cstokg.explore.TextSearch;
import org.w3id.cstokg.export.PropertyGraph;

/**
 * The graph explorer: {@code /explore} (the page; {@code ?focus=IRI} for one node's neighbourhood),
 * {@code /explore/graph.json[?focus=IRI]} (Cytoscape.js JSON, computed at the first request and kept:
 * a snapshot, so writes made through {@code /update} show after a restart),
 * {@code /explore/search?q=WORDS} (full-text search over the nodes), and the page's script, style
 * and Cytoscape.js from its WebJar.
 */
final class ExploreServlet extends HttpServlet {
    /** Most hits a search returns. */
    static final int MAX_HITS = 20;
    private static final String OURS = "org/w3id/cstokg/server/explore/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8");

    /** Jackson loads some 400 classes: the mapper is made by the first search, not at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final transient Supplier<GraphView> views;
    private final transient TextSearch search;
    private final String cytoscape;

    /** The view is built on the first request that needs it, so it costs nothing at start-up. */
    ExploreServlet(Supplier<GraphView> views, TextSearch search) {
        this.views = views;
        this.search = search;
        this.cytoscape = WebJar.folder("cytoscape") + "dist/cytoscape.min.js";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (path) {
            case "/explore" -> page(request, response);
            case "/explore/graph.json" -> graph(request, response);
            case "/explore/search" -> search(request, response);
            case "/explore/explore.js", "/explore/explore.css" -> resource(OURS + path.substring("/explore/".length()), response, path);
            case "/explore/cytoscape.min.js" -> resource(cytoscape, response, path);
            default -> HttpErrors.notFound(response, path);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (unknownFocus(request, response)) return;
        resource(OURS + "index.html", response, "/explore");
    }

    private void graph(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (unknownFocus(request, response)) return;
        String focus = request.getParameter("focus");
        byte[] body = focus == null ? views.get().wholeJson() : views.get().neighbourhoodJson(focus).orElseThrow();
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(body);
    }

    /** Answers 404 and returns true when {@code ?focus=} names no node of the graph. */
    private boolean unknownFocus(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String focus = request.getParameter("focus");
        if (focus == null || views.get().node(focus).isPresent()) return false;
        String shown = focus.length() > 200 ? focus.substring(0, 200) + "…" : focus;
        HttpErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No node " + shown + " in the graph");
        return true;
    }

    private void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        Optional<String> problem = TextSearch.problem(q);
        if (problem.isPresent()) {
            HttpErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, problem.get());
            return;
        }
        ObjectNode root = Json.MAPPER.createObjectNode().put("q", q);
        ArrayNode hits = root.putArray("hits");
        search.search(q).stream().map(views.get()::node).flatMap(Optional::stream).limit(MAX_HITS)
                .forEach(node -> hit(hits.addObject(), node));
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        Json.MAPPER.writeValue(response.getOutputStream(), root);
    }

    private void hit(ObjectNode hit, PropertyGraph.Node node) {
        hit.put("id", node.id()).put("iri", node.iri()).put("label", node.label()).put("type", node.type())
                .put("group", node.group().key());
    }

    private void resource(String resource, HttpServletResponse response, String path) throws IOException {
        InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            HttpErrors.notFound(response, path);
            return;
        }
        response.setContentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
        try (in) {
            in.transferTo(response.getOutputStream());
        }
    }
}
