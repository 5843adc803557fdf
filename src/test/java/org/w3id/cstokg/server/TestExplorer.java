package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.export.NodeGroup;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.vocab.Ids;

/** {@code /explore} and its JSON over HTTP, on the server fixture in a real store (TDB2, inference, text index). */
class TestExplorer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARMENIA = Ids.entity("armenia");
    private static final String PASHINIAN = Ids.entity("pashinian");

    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer server;

    @BeforeAll
    static void start() {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of(TestCstoServer.QUERIES)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + path, "application/json");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        return JSON.readTree(r.body());
    }

    @Test
    void wholeGraphHasEveryNodeWithPositionGroupAndSources() throws Exception {
        JsonNode graph = json("explore/graph.json");
        JsonNode nodes = graph.path("elements").path("nodes");
        assertThat(nodes.findValuesAsText("iri")).containsExactlyInAnyOrder(ARMENIA, PASHINIAN, Ids.entity("lukashenka"),
                Ids.entity("csto"), Ids.entity("q1"));
        assertThat(graph.path("elements").path("edges")).hasSize(2);
        assertThat(graph.path("nodeCount").asInt()).isEqualTo(5);
        for (JsonNode node : nodes) {
            assertThat(node.path("position").has("x")).as(node.toString()).isTrue();
            assertThat(node.path("data").path("group").asText()).isNotEmpty();
        }
        JsonNode armenia = node(nodes, ARMENIA).path("data");
        assertThat(armenia.path("group").asText()).isEqualTo("state");
        assertThat(armenia.path("page").asText()).isEqualTo("id/armenia");
        assertThat(node(nodes, Ids.entity("q1")).path("data").path("group").asText()).isEqualTo("statement");
        assertThat(node(nodes, Ids.entity("csto")).path("data").path("group").asText()).isEqualTo("organization");
        assertThat(graph.path("groups").findValuesAsText("key")).containsExactly("state", "person", "organization", "statement");
        assertThat(graph.path("groups").findValuesAsText("colour")).containsExactly(NodeGroup.STATE.colour(),
                NodeGroup.PERSON.colour(), NodeGroup.ORGANIZATION.colour(), NodeGroup.STATEMENT.colour());
        assertThat(armenia.path("color").asText()).isEqualTo(NodeGroup.STATE.colour());
        assertThat(armenia.path("size").asInt()).isEqualTo(17);
    }

    @Test
    void neighbourhoodIsTheFocusAndItsDirectNeighbours() throws Exception {
        JsonNode whole = json("explore/graph.json").path("elements");
        String focusId = node(whole.path("nodes"), ARMENIA).path("data").path("id").asText();
        JsonNode hood = json("explore/graph.json?focus=" + Http.encode(ARMENIA));
        assertThat(hood.path("focus").asText()).isEqualTo(focusId);
        assertThat(hood.path("elements").path("nodes").findValuesAsText("iri")).containsExactlyInAnyOrder(ARMENIA, PASHINIAN);
        assertThat(hood.path("elements").path("edges")).hasSize(1);
        assertThat(hood.path("elements").path("nodes").get(0).has("position")).isFalse();
    }

    @Test
    void unknownFocusIsAPlain404OnPageAndJson() throws Exception {
        for (String path : List.of("explore?focus=", "explore/graph.json?focus=")) {
            HttpResponse<String> r = Http.get(server.baseUrl() + path + Http.encode("https://example.org/none"), "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(r.body()).contains("No node https://example.org/none in the graph").doesNotContain("at org.");
        }
    }

    @Test
    void pageIsServedWithItsScriptsFromThisServer() throws Exception {
        HttpResponse<String> page = Http.get(server.baseUrl() + "explore?focus=" + Http.encode(ARMENIA), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"explore/cytoscape.min.js\"></script>").doesNotContain("http://", "https://");
        for (String asset : List.of("explore/cytoscape.min.js", "explore/explore.js", "explore/explore.css")) {
            assertThat(Http.get(server.baseUrl() + asset, "*/*").statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(Http.get(server.baseUrl() + "explore/nothing.js", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsNodesByAliasAndPrefix() throws Exception {
        assertThat(json("explore/search?q=Pashinyan").path("hits").findValuesAsText("iri")).containsExactly(PASHINIAN);
        assertThat(json("explore/search?q=armen").path("hits").findValuesAsText("iri")).containsExactly(ARMENIA);
        assertThat(json("explore/search?q=" + Http.encode("air brid")).path("hits").findValuesAsText("iri"))
                .containsExactly(Ids.entity("q1"));
        JsonNode hit = json("explore/search?q=armenia").path("hits").get(0);
        assertThat(hit.path("label").asText()).isEqualTo("Armenia");
        assertThat(hit.path("group").asText()).isEqualTo("state");
        assertThat(json("explore/search?q=" + Http.encode("zzzqqq")).path("hits")).isEmpty();
    }

    @Test
    void searchTreatsLuceneSyntaxAsText() throws Exception {
        for (String q : List.of("\"", "AND", "*", "zz) OR (*", "a:b", "\\", "' } } SELECT * {", "uri:*")) {
            HttpResponse<String> r = Http.get(server.baseUrl() + "explore/search?q=" + Http.encode(q), "application/json");
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("hits").findValuesAsText("iri")).as(q).isEmpty();
        }
    }

    @Test
    void badSearchTextIsA400WithItsReason() throws Exception {
        assertBad("explore/search", "Missing search text");
        assertBad("explore/search?q=%20%20", "Missing search text");
        assertBad("explore/search?q=" + "a".repeat(101), "longer than 100 characters");
        assertBad("explore/search?q=a%00b", "control character");
        assertBad("explore/search?q=" + Http.encode("a b c d e f g h i"), "more than 8 words");
    }

    private static void assertBad(String path, String message) throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + path, "application/json");
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.body()).as(path).contains(message);
    }

    private static JsonNode node(JsonNode nodes, String iri) {
        for (JsonNode n : nodes) {
            if (n.path("data").path("iri").asText().equals(iri)) return n;
        }
        throw new AssertionError("No node " + iri);
    }
}
