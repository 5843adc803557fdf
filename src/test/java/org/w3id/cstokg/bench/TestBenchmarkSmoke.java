package org.w3id.cstokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.KgStore;

/**
 * The benchmark at smoke size (N = 2, one second per endpoint run): every stage runs and its
 * figures are sane. Nothing here is timed against a threshold; bench/run.sh does the measuring.
 */
class TestBenchmarkSmoke {
    private static final List<String> CQ = LoadClient.competencyQuestions(Path.of("queries"));

    @TempDir
    Path temp;

    @Test
    void buildThenServeBothServersUnderLoad() {
        Path corpus = temp.resolve("corpus");
        Path out = temp.resolve("kg");
        assertThat(CorpusGenerator.create().files(2).seed(42).out(corpus).generate()).hasSize(2);
        assertThat(Main.run("build", "--data", corpus.toString(), "--out", out.toString())).isZero();
        Dataset dump = RDFDataMgr.loadDataset(out.resolve("csto-kg.nq").toString());
        // Two articles of 5,000 to 14,000 quads each with their evidence reifiers, and the inferred and VoID graphs beside them.
        assertThat(dump.asDatasetGraph().stream().count()).isBetween(2L * 5000, 2L * 16000);

        try (KgStore store = KgStore.open(out)) {
            CstoServer ours = CstoServer.create().port(0).dataset(store.dataset()).build().start();
            try {
                assertSane(load(ours.baseUrl() + "csto/sparql"), 2);
            } finally {
                ours.stop();
            }
        }
        try (KgStore store = KgStore.open(out)) {
            FusekiServer bare = BareFuseki.start(0, store.directory().resolve("tdb2").toString());
            try {
                assertSane(load("http://localhost:" + bare.getHttpPort() + "/csto/sparql"), 2);
            } finally {
                bare.stop();
            }
        }
    }

    private static LoadResult load(String url) {
        return new LoadClient(URI.create(url), CQ).run(2, Duration.ofSeconds(1));
    }

    private static void assertSane(LoadResult r, int clients) {
        assertThat(r.clients()).isEqualTo(clients);
        assertThat(r.errors()).isZero();
        assertThat(r.requests()).isPositive();
        assertThat(r.throughput()).isPositive();
        assertThat(r.p50Millis()).isPositive().isLessThanOrEqualTo(r.p99Millis());
        assertThat(r.line()).startsWith("clients=" + clients + " requests=" + r.requests() + " errors=0 ");
    }

    @Test
    void anEndpointThatAnswersNothingFailsTheWarmUp() {
        LoadClient client = new LoadClient(URI.create("http://127.0.0.1:9/csto/sparql"), CQ);
        assertThatThrownBy(() -> client.run(1, Duration.ofSeconds(1)))
                .hasMessage("warm-up query failed at http://127.0.0.1:9/csto/sparql");
    }

    @Test
    void theQueryMixIsEveryCompetencyQuestion() {
        assertThat(CQ).hasSize(14).allSatisfy(q -> assertThat(q).contains("SELECT"));
        assertThatThrownBy(() -> LoadClient.competencyQuestions(temp)).hasMessage("no cq*.rq in " + temp);
    }
}
