package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.Graphs;
import picocli.CommandLine;

class TestPublishCommand {
    private static final String FIXTURE = "src/test/resources/linkeddata/fixture.trig";

    @TempDir Path dir;
    private FusekiServer store;
    private Dataset remote;
    private Path passwordFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach void startStore() throws Exception {
        Path users = Files.writeString(dir.resolve("users"), "publisher: s3cret\n");
        passwordFile = Files.writeString(dir.resolve("password"), "s3cret\n");
        remote = DatasetFactory.createTxnMem();
        store = FusekiServer.create().port(0).loopback(true)
                .passwordFile(users.toString()).auth(AuthScheme.BASIC)
                .add("/ds", remote, true)
                .add("/empty", DatasetFactory.createTxnMem(), true)
                .build().start();
    }

    @AfterEach void stopStore() {
        store.stop();
    }

    private String url(String path) {
        return "http://localhost:" + store.getHttpPort() + path;
    }

    private int publish(String... extra) {
        String[] base = {"publish", "--endpoint", url("/ds/data"), "--graph", FIXTURE};
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(extra)).toArray(String[]::new);
        return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private long remoteTriples(String graph) {
        return Txn.calculateRead(remote, () -> remote.getNamedModel(graph).size());
    }

    private static long localTriples(String graph) {
        return RDFDataMgr.loadDataset(FIXTURE).getNamedModel(graph).size();
    }

    @Test void publishesEveryGraphAndTheCountsMatch() {
        assertThat(publish("--user", "publisher", "--password-file", passwordFile.toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        for (String graph : new String[] {Graphs.forDocument("edm-19-2"), Graphs.LINKS, Graphs.ONTOLOGY})
            assertThat(remoteTriples(graph)).isEqualTo(localTriples(graph)).isPositive();
        assertThat(out.toString()).contains("ok   " + Graphs.LINKS + ": 3 triples sent, 3 in the store")
                .contains("ok   " + Graphs.forDocument("edm-19-2") + ": 46 triples sent, 46 in the store");
    }

    @Test void publishingTwiceReplacesInsteadOfDuplicating() {
        String[] auth = {"--user", "publisher", "--password-file", passwordFile.toString()};
        assertThat(publish(auth)).isEqualTo(0);
        long first = Txn.calculateRead(remote, () -> remote.asDatasetGraph().stream().count());
        assertThat(publish(auth)).isEqualTo(0);
        long second = Txn.calculateRead(remote, () -> remote.asDatasetGraph().stream().count());
        assertThat(second).isEqualTo(first).isEqualTo(46 + 3 + 10);
    }

    @Test void wrongPasswordFailsCleanly() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
        assertThat(publish("--user", "publisher", "--password-file", wrong.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("publish: PUT of graph ").contains("failed: 401")
                .contains("(check --user and --password-file)")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(Txn.calculateRead(remote, () -> remote.asDatasetGraph().isEmpty())).isTrue();
    }

    @Test void noCredentialsFailsCleanly() {
        assertThat(publish()).isEqualTo(1);
        assertThat(err.toString()).contains("failed: 401").doesNotContain("Exception");
    }

    @Test void countMismatchFailsWithAClearMessage() {
        assertThat(publish("--user", "publisher", "--password-file", passwordFile.toString(),
                "--query-endpoint", url("/empty/sparql"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("publish: 3 of 3 graphs have a different triple count at "
                + url("/empty/sparql") + System.lineSeparator());
        assertThat(out.toString()).contains("FAIL " + Graphs.LINKS + ": 3 triples sent, 0 in the store");
    }

    @Test void userWithoutPasswordFileIsABadOption() {
        assertThat(publish("--user", "publisher")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--user and --password-file go together");
    }

    @Test void missingInputFailsCleanly() {
        int code = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("publish", "--endpoint", url("/ds/data"), "--graph", dir.resolve("none.trig").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("publish: No dataset at ");
    }

    @Test void unreachableStoreFailsCleanly() {
        int code = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("publish", "--endpoint", "http://localhost:1/ds/data", "--graph", FIXTURE);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("publish: PUT of graph ").contains("ConnectException")
                .doesNotContain("at org.");
    }
}
