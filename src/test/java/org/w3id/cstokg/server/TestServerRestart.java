package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.GraphSource;
import org.w3id.cstokg.store.KgStore;

/** Start, stop, start again from the same store folder: same answers, no rebuild. */
class TestServerRestart {
    @TempDir
    Path root;
    private final AtomicInteger loads = new AtomicInteger();
    private static final String QUERY = Fixtures.PREFIXES
            + "SELECT ?s { { ?s a kg:Actor } UNION { ?s text:query 'Pashinyan' } } ORDER BY ?s";

    private String serveOnceAndQuery() throws Exception {
        try (KgStore store = KgStore.openOrBuild(root, Fixtures.STAMP, quads -> {
                    loads.incrementAndGet();
                    GraphSource.of(Fixtures.dataset()).stream(quads);
                });
             CstoServer server = CstoServer.create().port(0).dataset(store.dataset()).build().start()) {
            return Http.getQuery(server.baseUrl() + "csto/sparql", QUERY, "text/csv").body();
        }
    }

    @Test
    void storeSurvivesARestart() throws Exception {
        String first = serveOnceAndQuery();
        String second = serveOnceAndQuery();
        assertThat(first).startsWith("s\r\n").contains("pashinian");
        assertThat(first.lines().count()).isEqualTo(6);
        assertThat(second).isEqualTo(first);
        assertThat(loads.get()).isEqualTo(1);
    }
}
