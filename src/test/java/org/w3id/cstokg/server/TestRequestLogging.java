package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;

/** One log line per request, in the documented format: {@code client "request line" status N bytes T ms}. */
class TestRequestLogging {
    private static final Pattern LINE = Pattern.compile("127\\.0\\.0\\.1 \"(.*)\" (\\d{3}) (\\d+) bytes (\\d+) ms");

    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer server;
    static ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeAll
    static void start() {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of(TestCstoServer.QUERIES)).build().start();
        lines.start();
        ((Logger) LoggerFactory.getLogger(RequestLogging.LOGGER)).addAppender(lines);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(RequestLogging.LOGGER)).detachAppender(lines);
        server.stop();
        store.close();
    }

    /** The log line whose request line is {@code requestLine}, waiting for it: Jetty logs after the response is sent. */
    private static Matcher logged(String requestLine) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<ILoggingEvent> events = List.copyOf(lines.list);
            for (ILoggingEvent event : events) {
                Matcher m = LINE.matcher(event.getFormattedMessage());
                if (m.matches() && m.group(1).equals(requestLine)) return m;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No log line for " + requestLine + " in " + lines.list);
    }

    @Test
    void anAnsweredQueryIsLoggedWithItsStatusAndSize() throws Exception {
        String query = Fixtures.PREFIXES + "SELECT ?s { ?s a kg:State }";
        HttpResponse<String> r = Http.getQuery(server.baseUrl() + "csto/sparql", query, TestCstoServer.JSON_RESULTS);
        Matcher m = logged("GET /csto/sparql?query=" + Http.encode(query) + " HTTP/1.1");
        assertThat(m.group(2)).isEqualTo("200");
        assertThat(Long.parseLong(m.group(3))).isEqualTo(r.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void anUnknownPathIsLoggedWithItsError() throws Exception {
        HttpResponse<String> r = Http.get(server.baseUrl() + "no-such-page", "text/plain");
        Matcher m = logged("GET /no-such-page HTTP/1.1");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(m.group(2)).isEqualTo("404");
        assertThat(Long.parseLong(m.group(3))).isEqualTo(r.body().getBytes(StandardCharsets.UTF_8).length);
    }
}
