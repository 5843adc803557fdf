package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.vocab.Ids;

/** The server over HTTP, on a store built from the fixture, on a free port. */
class TestCstoServer {
    static final String JSON_RESULTS = "application/sparql-results+json";
    static final String QUERIES = "src/test/resources/server/queries";

    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of(QUERIES)).build().start();
        sparql = server.baseUrl() + "csto/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** The ?s values of a SPARQL JSON result, in order. */
    static List<String> subjects(String json) {
        JsonArray rows = JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray();
        return rows.stream().map(r -> r.getAsObject().get("s").getAsObject().getString("value")).toList();
    }

    @Test
    void getAnswersJson() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s a kg:State }", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(JSON_RESULTS));
        assertThat(subjects(r.body())).containsExactly(Ids.entity("armenia"));
    }

    @Test
    void postFormAnswersCsv() throws Exception {
        HttpResponse<String> r = Http.postForm(server.baseUrl() + "csto/query",
                Fixtures.PREFIXES + "SELECT ?s { ?s a kg:Organization }", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body()).isEqualTo("s\r\n" + Ids.entity("csto") + "\r\n");
    }

    @Test
    void postQueryBodyAnswersJson() throws Exception {
        HttpResponse<String> r = Http.postQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s a kg:Organization }", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(subjects(r.body())).containsExactly(Ids.entity("csto"));
    }

    @Test
    void getAnswersCsv() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s a kg:State }", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("s\r\n" + Ids.entity("armenia") + "\r\n");
    }

    @Test
    void defaultGraphIsTheUnion() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertThat(r.body()).isEqualTo("n\r\n45\r\n");
    }

    @Test
    void inferredActorsIncludePersonsStatesAndOrganizations() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s a kg:Actor } ORDER BY ?s", JSON_RESULTS);
        assertThat(subjects(r.body())).containsExactly(
                Ids.entity("armenia"), Ids.entity("csto"), Ids.entity("lukashenka"), Ids.entity("pashinian"));
    }

    @Test
    void textSearchFindsAnAlternateSpelling() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s text:query 'Lukashenko' }", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(subjects(r.body())).containsExactly(Ids.entity("lukashenka"));
    }

    @Test
    void textSearchFindsAPhraseInAQuote() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, Fixtures.PREFIXES + "SELECT ?s { ?s text:query '\"air bridge\"' }", JSON_RESULTS);
        assertThat(subjects(r.body())).containsExactly(Ids.entity("q1"));
    }

    @Test
    void graphStoreReadServesANamedGraph() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "csto/get?graph=" + Http.encode(org.w3id.cstokg.vocab.Graphs.SHAPES), "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count()).isEqualTo(2);
    }

    @Test
    void updatesAreNotServed() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.getQuery(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body()).isEqualTo("n\r\n45\r\n");
    }

    @Test
    void serviceToANonAllowedEndpointIsRefused() throws Exception {
        String query = "SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.getQuery(sparql, query, JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE <http://localhost:1/sparql> is not allowed: this endpoint federates only with "
                + "<https://dbpedia.org/sparql>, <https://query.wikidata.org/sparql>");
    }

    @Test
    void corsAllowsAnyOriginWithoutCredentials() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode("ASK {}")))
                .header("Origin", "https://example.org").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void corsPreflightIsAnswered() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, POST, HEAD, OPTIONS");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void unknownPathIs404WithoutStackTrace() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "no/such/page", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
    }

    @Test
    void unknownUiFileIs404WithPlainMessage() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "ui/nothing.js", "*/*");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Not found: /ui/nothing.js").doesNotContain("Exception");
    }

    @Test
    void malformedQueryIs400() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, "SELECT ?s WHERE { ?s ", JSON_RESULTS);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Parse error").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void timeoutIsSetOnTheServedDataset() {
        assertThat(store.dataset().getContext().getAsString(ARQ.queryTimeout)).isEqualTo("10000");
    }

    @Test
    void examplesAreTheQueriesOfTheFolder() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "ui/examples.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray examples = JSON.parseAny(r.body()).getAsArray();
        assertThat(examples.stream().map(e -> e.getAsObject().getString("name")).toList()).containsExactly("actors", "search");
        JsonObject first = examples.get(0).getAsObject();
        assertThat(first.getString("title")).isEqualTo("Every actor: persons, states and organizations");
        assertThat(first.getString("query")).startsWith("# Every actor").contains("?actor a kg:Actor");
    }
}
