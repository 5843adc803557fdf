package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.vocab.Ids;

/**
 * A query cancelled by the timeout after its answer has started (status 200 and more than one
 * output buffer sent) ends the transfer with an error the client sees, never a clean end that
 * looks complete; one cancelled before any byte is sent (a COUNT, a CONSTRUCT) is still a plain 503.
 */
class TestStreamedTimeout {
    /** 200^3 rows of some 150 bytes: far more than one second of CSV, and the first rows come at once. */
    private static final String STREAMING = "SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
    private final ListAppender<ILoggingEvent> requests = new ListAppender<>();

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void aTimeoutAfterTheAnswerStartedFailsTheTransfer(String method) throws Exception {
        try (CstoServer server = serverWithOneSecondTimeout()) {
            String sparql = server.baseUrl() + "csto/sparql";
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = "GET".equals(method)
                    ? HttpRequest.newBuilder(URI.create(sparql + "?query=" + Http.encode(STREAMING)))
                            .header("Accept", "text/csv").GET().build()
                    : HttpRequest.newBuilder(URI.create(sparql)).header("Accept", "text/csv")
                            .header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(STREAMING)).build();
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            long[] read = new long[1];
            assertThatThrownBy(() -> {
                try (var body = r.body()) {
                    byte[] chunk = new byte[8192];
                    for (int n; (n = body.read(chunk)) >= 0; ) read[0] += n;
                }
            }).isInstanceOf(IOException.class);
            assertThat(read[0]).isGreaterThan(ResponseBuffers.OUTPUT_BUFFER);
            assertThat(loggedCut(method)).as("the request log says the 200 was cut off").isTrue();
            // The server is still there for the next query.
            assertThat(Http.getQuery(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body())
                    .isEqualTo("n\r\n200\r\n");
        }
    }

    /** Whether the request log has a line for a {@code method} request to the endpoint that says it was cut off. */
    private boolean loggedCut(String method) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (List.copyOf(requests.list).stream().map(ILoggingEvent::getFormattedMessage)
                    .anyMatch(l -> l.contains("\"" + method + " /csto/sparql") && l.endsWith(" cut off, then 503"))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @BeforeEach
    void listen() {
        requests.start();
        ((Logger) LoggerFactory.getLogger(RequestLogging.LOGGER)).addAppender(requests);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(RequestLogging.LOGGER)).detachAppender(requests);
    }

    @Test
    void aTimeoutBeforeTheAnswerStartedIsStillA503() throws Exception {
        try (CstoServer server = serverWithOneSecondTimeout()) {
            String sparql = server.baseUrl() + "csto/sparql";
            HttpResponse<String> counted = Http.getQuery(sparql,
                    "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }", "text/csv");
            assertThat(counted.statusCode()).isEqualTo(503);
            assertThat(counted.body()).isEqualTo("Query timed out\n");
            // Fuseki builds a CONSTRUCT's graph before it sends a byte, so its timeout comes first.
            HttpResponse<String> constructed = Http.getQuery(sparql,
                    "CONSTRUCT { ?a ?c ?e } { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", "application/n-triples");
            assertThat(constructed.statusCode()).isEqualTo(503);
            assertThat(constructed.body()).isEqualTo("Query timed out\n");
        }
    }

    private static CstoServer serverWithOneSecondTimeout() {
        Dataset data = DatasetFactory.createTxnMem();
        Model m = data.getDefaultModel();
        for (int i = 0; i < 200; i++) {
            m.add(m.createResource(Ids.entity("e" + i)), RDFS.label, "e" + i);
        }
        return CstoServer.create().port(0).dataset(data).queriesDir(Path.of("none"))
                .timeout(Duration.ofSeconds(1)).build().start();
    }
}
