package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;

/**
 * SPARQL Update fenced: LOAD reads only allowed URLs (never a file or the loopback unless named),
 * follows no redirect and never echoes what it fetched; an update over the triple cap gets 413 and
 * one over the time limit 503; in every refused case the store is as it was.
 */
class TestUpdateFence {
    private static final String USER = "analyst";
    private static final String PASSWORD = "fence-s3cret";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final long CAP = 50;

    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer server;
    static HttpServer origin;
    static String before;

    @BeforeAll
    static void start() throws Exception {
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/good.ttl", exchange -> reply(exchange, 200, "text/turtle",
                "<urn:x-test:loaded> <http://www.w3.org/2000/01/rdf-schema#label> \"Loaded\" ."));
        origin.createContext("/secret.ttl", exchange -> reply(exchange, 200, "text/turtle",
                "root:x:0:0:TOPSECRETTOKEN:/root:/bin/bash"));
        origin.createContext("/moved.ttl", exchange -> {
            exchange.getResponseHeaders().add("Location", base() + "not-allowed.ttl");
            reply(exchange, 302, "text/plain", "moved");
        });
        origin.createContext("/not-allowed.ttl", exchange -> reply(exchange, 200, "text/turtle",
                "<urn:x-test:redirected> <urn:x-test:p> <urn:x-test:o> ."));
        origin.start();
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        Path authFile = Files.writeString(root.resolve("auth.txt"), USER + ":" + PASSWORD + "\n");
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("none"))
                .writers(Credentials.read(authFile)).updateLimits(Duration.ofSeconds(2), CAP)
                .allowLoad(base() + "good.ttl").allowLoad(base() + "secret.ttl").allowLoad(base() + "moved.ttl")
                .build().start();
        before = count();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
        origin.stop(0);
    }

    private static String base() {
        return "http://127.0.0.1:" + origin.getAddress().getPort() + "/";
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void loadFromAFileIsRefusedWithoutEchoingIt() throws Exception {
        Path auth = root.resolve("auth.txt").toAbsolutePath();
        for (String update : new String[] {"LOAD <" + auth.toUri() + ">", "LOAD <" + auth.toUri() + "> INTO GRAPH <urn:x-test:g>",
                "LOAD <file:///etc/passwd>", "LOAD <file:///etc/passwd> INTO GRAPH <urn:x-test:g>"}) {
            HttpResponse<String> r = update(update);
            assertThat(r.statusCode()).as(update).isEqualTo(403);
            assertThat(r.body()).startsWith("LOAD refused: <file:").hasLineCount(1).doesNotContain(PASSWORD).doesNotContain("root:")
                    .doesNotContain("\tat ");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void loadFromTheLoopbackIsRefusedUnlessNamed() throws Exception {
        HttpResponse<String> own = update("LOAD <" + server.baseUrl() + "csto/get?default>");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("is not on this server's allow-list");
        for (String into : new String[] {"", " INTO GRAPH <urn:x-test:g>"}) {
            HttpResponse<String> other = update("LOAD <" + base() + "not-allowed.ttl>" + into);
            assertThat(other.statusCode()).isEqualTo(403);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        HttpResponse<String> r = update("LOAD <" + base() + "moved.ttl>");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("redirects elsewhere (HTTP 302)");
        HttpResponse<String> into = update("LOAD <" + base() + "moved.ttl> INTO GRAPH <urn:x-test:g>");
        assertThat(into.statusCode()).as(into.body()).isEqualTo(400);
        assertThat(into.body()).doesNotContain("redirected");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDocumentThatIsNotRdfIsNotEchoed() throws Exception {
        for (String update : new String[] {"LOAD <" + base() + "secret.ttl>", "LOAD <" + base() + "secret.ttl> INTO GRAPH <urn:x-test:g>"}) {
            HttpResponse<String> r = update(update);
            assertThat(r.statusCode()).as(update).isEqualTo(400);
            assertThat(r.body()).contains("could not be read as RDF").doesNotContain("TOPSECRETTOKEN").doesNotContain("root");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAllowedSourceLoads() throws Exception {
        HttpResponse<String> r = update("LOAD <" + base() + "good.ttl> INTO GRAPH <urn:x-test:loaded>");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        try {
            assertThat(Http.getQuery(server.baseUrl() + "csto/sparql", "ASK { GRAPH <urn:x-test:loaded> { ?s ?p \"Loaded\" } }",
                    "text/csv").body()).isEqualTo("_askResult\r\ntrue\r\n");
        } finally {
            assertThat(update("DROP GRAPH <urn:x-test:loaded>").statusCode()).isBetween(200, 204);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overTheTripleCapIs413AndNothingChanges() throws Exception {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <urn:x-test:many> { ");
        for (int i = 0; i <= CAP; i++) data.append("<urn:x-test:s").append(i).append("> <urn:x-test:p> ").append(i).append(" . ");
        HttpResponse<String> r = update(data.append("} }").toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("The update adds more than 50 triples; nothing was changed.\n");
        HttpResponse<String> product = update("INSERT { GRAPH <urn:x-test:many> { ?a <urn:x-test:p> ?b } } "
                + "WHERE { GRAPH ?g { ?a ?p ?o } GRAPH ?h { ?b ?q ?r } }");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(413);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overTheTimeLimitIs503AndNothingChanges() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = update("INSERT { GRAPH <urn:x-test:slow> { ?a <urn:x-test:p> ?b } } WHERE { "
                + "GRAPH ?g1 { ?a ?p1 ?o1 } GRAPH ?g2 { ?b ?p2 ?o2 } GRAPH ?g3 { ?c ?p3 ?o3 } GRAPH ?g4 { ?d ?p4 ?o4 } "
                + "FILTER(STR(?o4) = 'never') }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("The update ran longer than 2 s; nothing was changed.\n");
        assertThat(seconds).isLessThan(30);
        assertThat(count()).isEqualTo(before);
    }

    private static String count() throws Exception {
        return Http.getQuery(server.baseUrl() + "csto/sparql", COUNT, "text/csv").body();
    }

    private static HttpResponse<String> update(String update) throws Exception {
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", TestWriteAccess.basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
    }
}
