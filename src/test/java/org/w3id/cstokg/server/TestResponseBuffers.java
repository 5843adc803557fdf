package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.DatasetFactory;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Each response's output buffer is one Jetty's pool keeps for reuse, so a small answer costs no
 * fresh native memory (Fuseki 6.2.0 asks for 5 MiB, which the 64 KiB pool never keeps); answers
 * longer than the buffer still arrive whole.
 */
class TestResponseBuffers {

    @Test
    void theOutputBufferIsSmallAndPooled() {
        try (CstoServer server = CstoServer.create().port(0).dataset(DatasetFactory.createTxnMem())
                .queriesDir(Path.of("none")).build().start()) {
            ArrayByteBufferPool pool = (ArrayByteBufferPool) server.jetty().getByteBufferPool();
            List<Integer> sizes = httpConfigurations(server).stream().map(HttpConfiguration::getOutputBufferSize).toList();
            assertThat(sizes).containsExactly(ResponseBuffers.OUTPUT_BUFFER);
            assertThat(ResponseBuffers.OUTPUT_BUFFER).isEqualTo(32 * 1024).isLessThanOrEqualTo(pool.getMaxCapacity());
        }
    }

    @Test
    void anAnswerLongerThanTheBufferArrivesWhole() throws Exception {
        try (CstoServer server = CstoServer.create().port(0).dataset(DatasetFactory.createTxnMem())
                .queriesDir(Path.of("none")).build().start()) {
            // 20,000 rows of about 8 bytes each: over four times the buffer.
            String query = "SELECT ?n { VALUES ?a { 0 1 2 3 4 5 6 7 8 9 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 } "
                    + "VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } VALUES ?d { 0 1 2 3 4 5 6 7 8 9 } VALUES ?e { 0 1 } "
                    + "BIND(?a * 10000 + ?b * 1000 + ?c * 100 + ?d * 10 + ?e AS ?n) }";
            HttpResponse<String> r = Http.getQuery(server.baseUrl() + "csto/sparql", query, "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> lines = r.body().lines().toList();
            assertThat(r.body().length()).isGreaterThan(2 * ResponseBuffers.OUTPUT_BUFFER);
            assertThat(lines).hasSize(20_001);
            assertThat(lines.get(0)).isEqualTo("n");
            assertThat(lines.stream().skip(1).mapToInt(Integer::parseInt).distinct().count()).isEqualTo(20_000);
        }
    }

    private static List<HttpConfiguration> httpConfigurations(CstoServer server) {
        return Arrays.stream(server.jetty().getConnectors())
                .map(c -> c.getConnectionFactory(HttpConnectionFactory.class))
                .filter(Objects::nonNull).map(HttpConnectionFactory::getHttpConfiguration).toList();
    }
}
