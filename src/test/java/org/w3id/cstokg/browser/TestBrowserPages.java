package org.w3id.cstokg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.PropertyGraphBuilder;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;

/**
 * The pages as a browser shows them: headless Chromium loads {@code /explore} and the query page
 * from a server on the real graph and the test reads what they rendered. Screenshots go to
 * {@code target/browser/}. Without {@code /usr/bin/chromium} these tests fail, they do not skip.
 */
class TestBrowserPages {
    static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Duration RENDER_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;
    private static HeadlessChromium chromium;
    private static PropertyGraph graph;

    @BeforeAll
    static void serveTheRealGraphAndStartChromium() throws Exception {
        Path db = Files.createDirectories(root.resolve("db"));
        var dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        new StoreBuilder(db).build(dataset, BuildStamp.of(List.of(Path.of("data"), Path.of("ontology"))));
        store = KgStore.open(db);
        graph = Txn.calculateRead(store.dataset(), () -> PropertyGraphBuilder.create(store.dataset()).build());
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("queries")).build().start();
        chromium = HeadlessChromium.start(Files.createDirectories(root.resolve("chromium-profile")), 1600, 1000);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void explorerRendersEveryNodeAndEdgeOfTheGraph() throws Exception {
        chromium.navigate(server.baseUrl() + "explore");
        JsonNode count = chromium.waitFor("document.body.getAttribute('data-node-count')", RENDER_TIMEOUT);
        chromium.screenshot(SCREENSHOTS.resolve("explore.png"));
        assertThat(graph.nodes()).hasSizeGreaterThan(100);
        assertThat(count.asInt()).isEqualTo(graph.nodes().size());
        assertThat(chromium.evaluate("document.body.getAttribute('data-edge-count')").asInt()).isEqualTo(graph.edges().size());
        assertThat(chromium.evaluate("document.querySelectorAll('#cy canvas').length").asInt()).isPositive();
        assertThat(chromium.evaluate("document.querySelectorAll('#legend li').length").asInt()).isGreaterThanOrEqualTo(8);
    }

    /**
     * The labels Cytoscape draws in the whole-graph view as it opens (those whose font reaches the
     * node's min-zoomed-font-size at the fitted zoom), each as {@code [x1, y1, x2, y2, degree, name]}
     * in rendered pixels. Read from Cytoscape's computed style, not from the page's own bookkeeping.
     */
    private static final String DRAWN_LABELS = """
            (function () {
              var cy = document.getElementById('cy')._cyreg.cy, zoom = cy.zoom();
              return cy.nodes().filter(function (n) {
                return n.pstyle('label').strValue !== '' && n.pstyle('text-opacity').value > 0
                  && n.pstyle('font-size').pfValue * zoom >= n.pstyle('min-zoomed-font-size').pfValue;
              }).map(function (n) {
                var b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
                return [b.x1, b.y1, b.x2, b.y2, n.degree(false), n.data('name')];
              });
            })()""";

    @Test
    void wholeGraphLabelsDoNotOverlapAndTheHubsAreLabelled() throws Exception {
        chromium.navigate(server.baseUrl() + "explore");
        chromium.waitFor("document.body.getAttribute('data-node-count')", RENDER_TIMEOUT);
        JsonNode labels = chromium.evaluate(DRAWN_LABELS);
        List<String> overlaps = overlaps(labels);
        System.out.printf("whole graph: %d labels drawn of %d nodes, %d overlapping pairs, zoom %.3f%n", labels.size(),
                graph.nodes().size(), overlaps.size(), chromium.evaluate("document.getElementById('cy')._cyreg.cy.zoom()").asDouble());
        assertThat(overlaps).isEmpty();
        assertThat(labels.size()).as("labels drawn").isBetween(20, graph.nodes().size() / 2);
        List<String> drawn = new ArrayList<>();
        labels.forEach(l -> drawn.add(l.get(5).asText()));
        assertThat(drawn).as("the most connected named nodes").contains("Kazakhstan", "Russia");
    }

    /** The pairs of labels, as {@link #DRAWN_LABELS} gives them, whose boxes overlap. */
    private static List<String> overlaps(JsonNode labels) {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                JsonNode a = labels.get(i), b = labels.get(j);
                if (a.get(0).asDouble() < b.get(2).asDouble() && b.get(0).asDouble() < a.get(2).asDouble()
                        && a.get(1).asDouble() < b.get(3).asDouble() && b.get(1).asDouble() < a.get(3).asDouble()) {
                    overlaps.add(a.get(5).asText() + " / " + b.get(5).asText());
                }
            }
        }
        return overlaps;
    }

    @Test
    void neighbourhoodShowsTheFocusAndItsDirectNeighbours() throws Exception {
        PropertyGraph.Node kazakhstan = graph.nodes().stream()
                .filter(n -> n.iri().endsWith("/id/kazakhstan")).findFirst().orElseThrow();
        Set<String> expected = new LinkedHashSet<>(List.of(kazakhstan.id()));
        graph.edges().forEach(e -> {
            if (e.source().equals(kazakhstan.id())) expected.add(e.target());
            if (e.target().equals(kazakhstan.id())) expected.add(e.source());
        });
        chromium.navigate(server.baseUrl() + "explore?focus=" + java.net.URLEncoder.encode(kazakhstan.iri(), "UTF-8"));
        JsonNode count = chromium.waitFor("document.body.getAttribute('data-node-count')", RENDER_TIMEOUT);
        chromium.screenshot(SCREENSHOTS.resolve("explore-kazakhstan.png"));
        assertThat(count.asInt()).isEqualTo(expected.size());
        JsonNode labels = chromium.evaluate(DRAWN_LABELS);
        List<String> overlaps = overlaps(labels);
        System.out.printf("neighbourhood of Kazakhstan: %d labels drawn of %d nodes, overlapping: %s%n", labels.size(),
                expected.size(), overlaps);
        assertThat(labels.size()).isEqualTo(expected.size());
        assertThat(overlaps).isEmpty();
        assertThat(chromium.evaluate("document.querySelector('#details h2').textContent").asText()).isEqualTo("Kazakhstan");
        assertThat(chromium.evaluate("document.querySelector('#details .links a').getAttribute('href')").asText())
                .isEqualTo("id/kazakhstan");
    }

    @Test
    void queryPageRunsTheExampleAndShowsPlainValues() throws Exception {
        chromium.navigate(server.baseUrl() + "?example=cq01-member-states");
        chromium.waitFor("document.querySelectorAll('.yasr table.dataTable tbody tr').length > 0", RENDER_TIMEOUT);
        chromium.screenshot(SCREENSHOTS.resolve("query-page-cq01.png"));
        JsonNode names = chromium.evaluate("Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr'))"
                + ".map(function (tr) { return tr.cells[tr.cells.length - 1].textContent.trim(); })");
        List<String> shown = new ArrayList<>();
        names.forEach(n -> shown.add(n.asText()));
        assertThat(shown).containsExactlyElementsOf(expectedNames());
        assertThat(shown).hasSize(6);
        assertThat(chromium.evaluate("document.querySelector('.yasr table.dataTable').textContent").asText())
                .doesNotContain("^^", "@en", "\"");

        chromium.evaluate("document.querySelector('.yasr .tableControls input[type=checkbox]').click()");
        chromium.waitFor("document.querySelector('.yasr table.dataTable').textContent.indexOf('@en') >= 0", RENDER_TIMEOUT);
        assertThat(chromium.evaluate("document.querySelector('.yasr table.dataTable').textContent").asText())
                .as("Simple view switched off").contains("\"Armenia\"@en");
        chromium.evaluate("document.querySelector('.yasr .tableControls input[type=checkbox]').click()");
    }

    @Test
    void resourcePageShowsTheEvidenceOfEachValue() throws Exception {
        chromium.navigate(server.baseUrl() + "doc/russian-contingent");
        chromium.screenshot(SCREENSHOTS.resolve("doc-russian-contingent.png"));
        JsonNode contributedBy = chromium.evaluate("Array.from(document.querySelectorAll('tr')).find(tr => "
                + "tr.querySelector('th').textContent === 'kg:contributedBy').querySelector('td').textContent");
        assertThat(contributedBy.asText()).startsWith("Russia").contains("\u00b68");
        assertThat(chromium.evaluate("document.querySelectorAll('.ev').length").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(chromium.evaluate("document.querySelector('.no-text a[href^=\"https://jamestown.org/\"]') !== null").asBoolean())
                .as("without --sources the page says where the article is published").isTrue();
    }

    /** Records the URL of every fetch and XMLHttpRequest of the page, from before its scripts run. */
    private static final String REQUEST_RECORDER = """
            window.requested = [];
            (function () {
              var fetched = window.fetch;
              window.fetch = function (input) {
                window.requested.push(new URL(typeof input === "string" ? input : input.url, document.baseURI).href);
                return fetched.apply(this, arguments);
              };
              var open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                window.requested.push(new URL(url, document.baseURI).href);
                return open.apply(this, arguments);
              };
            })();""";

    @Test
    void queryPageAsksNoOtherHost() throws Exception {
        // YASQE keeps the prefixes it fetched in localStorage for 30 days: cleared, so that it fetches them.
        chromium.call("Page.enable", java.util.Map.of());
        String script = chromium.call("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "localStorage.clear();\n" + REQUEST_RECORDER)).path("identifier").asText();
        JsonNode urls;
        try {
            chromium.navigate(server.baseUrl() + "?example=cq01-member-states");
            chromium.waitFor("document.querySelectorAll('.yasr table.dataTable tbody tr').length > 0", RENDER_TIMEOUT);
            try {
                chromium.waitFor("window.requested.some(function (u) { return u.endsWith('/ui/prefixes.json'); })", RENDER_TIMEOUT);
            } catch (AssertionError e) {
                throw new AssertionError("The page did not read ui/prefixes.json; it asked for "
                        + chromium.evaluate("JSON.stringify(window.requested)"), e);
            }
            urls = chromium.evaluate("window.requested.concat(performance.getEntriesByType('resource')"
                    + ".map(function (e) { return e.name; }))");
        } finally {
            chromium.call("Page.removeScriptToEvaluateOnNewDocument", java.util.Map.of("identifier", script));
        }
        List<String> requested = new ArrayList<>();
        urls.forEach(u -> requested.add(u.asText()));
        assertThat(requested).contains(server.baseUrl() + "ui/prefixes.json", server.baseUrl() + "csto/sparql")
                .allSatisfy(url -> assertThat(url).startsWith(server.baseUrl()));
    }

    @Test
    void explorerLogsNoWarning() throws Exception {
        chromium.call("Page.enable", java.util.Map.of());
        String script = chromium.call("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.logged = [];
                ["warn", "error"].forEach(function (level) {
                  var original = console[level];
                  console[level] = function () {
                    window.logged.push(level + ": " + Array.prototype.join.call(arguments, " "));
                    return original.apply(console, arguments);
                  };
                });
                window.addEventListener("error", function (e) { window.logged.push("error: " + e.message); });""")).path("identifier").asText();
        try {
            chromium.navigate(server.baseUrl() + "explore");
            chromium.waitFor("document.body.getAttribute('data-node-count')", RENDER_TIMEOUT);
            assertThat(chromium.evaluate("window.logged.length").asInt()).as("%s", chromium.evaluate("JSON.stringify(window.logged.slice(0, 5))")).isZero();
        } finally {
            chromium.call("Page.removeScriptToEvaluateOnNewDocument", java.util.Map.of("identifier", script));
        }
    }

    /** The names of the expected CSV of CQ1, the last column. */
    private static List<String> expectedNames() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src", "test", "resources", "cq", "cq01-member-states.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
    }
}
