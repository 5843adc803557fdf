package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;

/**
 * The federated example queries of {@code queries/} run against a second local SPARQL endpoint
 * holding a small Wikidata stand-in (no machine here reaches Wikidata): the same query text, with
 * only the SERVICE endpoint pointed at the local one.
 */
class TestFederatedQueries {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;
    private static FusekiServer wikidata;
    private static String wikidataUrl;

    @BeforeAll
    static void start() {
        Dataset fixture = DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/federation/wikidata-fixture.ttl"));
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wd", fixture).build().start();
        wikidataUrl = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";
        var dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        new StoreBuilder(root).build(dataset, BuildStamp.of(List.of(Path.of("data"), Path.of("ontology"))));
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).allowService(wikidataUrl).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
        wikidata.stop();
    }

    @Test
    void memberNamesInRussianJoinTheVerifiedLinksWithTheRemoteLabels() throws Exception {
        String query = Files.readString(Path.of("queries", "federated-member-names-in-russian.rq"));
        assertThat(query).contains("SERVICE <" + WIKIDATA + ">");
        List<List<String>> rows = CompetencyQuestions.rows(csv(query.replace(WIKIDATA, wikidataUrl)));
        assertThat(rows).containsExactly(
                List.of("state", "name", "wikidata", "nameInRussian"),
                List.of("https://w3id.org/csto-kg/id/armenia", "Armenia", "http://www.wikidata.org/entity/Q399", "Армения"),
                List.of("https://w3id.org/csto-kg/id/belarus", "Belarus", "http://www.wikidata.org/entity/Q184", "Белоруссия"),
                List.of("https://w3id.org/csto-kg/id/kazakhstan", "Kazakhstan", "http://www.wikidata.org/entity/Q232", "Казахстан"),
                List.of("https://w3id.org/csto-kg/id/kyrgyzstan", "Kyrgyzstan", "http://www.wikidata.org/entity/Q813", "Киргизия"),
                List.of("https://w3id.org/csto-kg/id/russia", "Russia", "http://www.wikidata.org/entity/Q159", "Россия"),
                List.of("https://w3id.org/csto-kg/id/tajikistan", "Tajikistan", "http://www.wikidata.org/entity/Q863", "Таджикистан"));
    }

    @Test
    void theSameQueryToAnEndpointNotAllowedIsRefused() throws Exception {
        String query = Files.readString(Path.of("queries", "federated-member-names-in-russian.rq"));
        String elsewhere = "http://localhost:" + wikidata.getHttpPort() + "/elsewhere/sparql";
        HttpResponse<String> response = send(query.replace(WIKIDATA, elsewhere));
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).contains(elsewhere).doesNotContain("at org.");
    }

    private static String csv(String query) throws Exception {
        HttpResponse<String> response = send(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(String query) throws Exception {
        String body = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
