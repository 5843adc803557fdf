package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.OntologyCopy;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreLayout;

/**
 * {@code kg serve --auth-file} in a child JVM, SIGKILLed (destroyForcibly) while idle, right after an
 * authenticated SPARQL Update was sent, half-way through one, right after one was answered, and during a
 * run of small updates in a row. After each kill: the store opens again (in the test's JVM, and in the
 * next round's {@code kg serve}); each update is all or nothing (its graph holds none or all of its
 * triples, and every answered update is whole); the text index finds exactly the labels the store holds;
 * the dumps still match {@code SHA256SUMS} and the store holds them besides the written graphs. Then the
 * next {@code kg build} succeeds and its store holds the dumps exactly (the writes are lost, as
 * documented).
 */
class TestKilledUpdate {
    private static final Path DATA = Path.of("src", "test", "resources", "load", "minimal");
    private static final Path QC = Path.of("src", "test", "resources", "validate", "qc-clean");
    private static final String USER = "analyst";
    private static final String PASSWORD = "crash-s3cret";
    /** The triples of one large update: {@code SIDE × SIDE} labels. */
    private static final int SIDE = 150;
    private static final int LARGE = SIDE * SIDE;
    /** The triples of each small update of a run. */
    private static final int SMALL = 50;
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+/)\\s");

    @TempDir
    static Path temp;
    private static Path ontology;
    private static Path root;
    private static Path auth;
    private final HttpClient http = HttpClient.newHttpClient();
    /** Each written graph and how many triples it must hold (-1: none or all of {@link #LARGE}). */
    private final Map<Node, Integer> expected = new LinkedHashMap<>();
    private final List<String> table = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        ontology = OntologyCopy.withShapesOf(Path.of("src", "test", "resources", "validate", "conforming"),
                temp.resolve("ontology"));
        root = temp.resolve("kg");
        assertThat(kgBuild()).isZero();
        auth = Files.writeString(temp.resolve("auth.txt"), USER + ":" + PASSWORD + "\n");
    }

    @Test
    void killedAtEveryMomentOfAnUpdateTheStoreIsWholeAndEachUpdateAllOrNothing() throws Exception {
        // idle: served, nothing sent
        Server idle = serve("idle");
        idle.kill();
        afterKill("idle", "no update");

        // right after sending: the request may not even have been read
        Server atSend = serve("at-send");
        CompletableFuture<HttpResponse<String>> sent = atSend.send(large(1));
        atSend.kill();
        afterKill("at-send", outcome(sent, 1));

        // right after the answer: the update committed, all its triples are there
        Server committed = serve("after-commit");
        long start = System.nanoTime();
        HttpResponse<String> answer = committed.send(large(2)).get(120, TimeUnit.SECONDS);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 204);
        committed.kill();
        expected.put(graph(2), LARGE);
        afterKill("after-commit", "answered " + answer.statusCode() + " after " + took + " ms; all " + LARGE + " triples");

        // a third of the way through an update that took `took` ms when let run (a third, not half, so that
        // it still runs if this server happens to be faster than the last)
        Server during = serve("during");
        CompletableFuture<HttpResponse<String>> running = during.send(large(3));
        Thread.sleep(took / 3);
        assertThat(running).as("the update still runs when the server is killed").isNotDone();
        during.kill();
        afterKill("during (" + took / 3 + " ms in)", outcome(running, 3));

        // small updates in a row, killed while they run
        Server series = serve("series");
        AtomicInteger answered = new AtomicInteger();
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            for (int i = 0; ; i++) {
                HttpResponse<String> r = series.send(small(4, i)).join();
                if (r.statusCode() / 100 != 2) throw new AssertionError(r.statusCode() + " " + r.body());
                answered.incrementAndGet();
            }
        });
        Thread.sleep(took / 2);
        assertThat(run).isNotDone();
        series.kill();
        int done = answered.get();
        int held = triples(graph(4));
        assertThat(held).as("a run of %d answered updates of %d triples", done, SMALL)
                .isIn(done * SMALL, (done + 1) * SMALL);
        expected.put(graph(4), held);
        afterKill("series (" + took / 2 + " ms in)", done + " answered; the store holds " + held / SMALL + " updates");

        // the store opens again in kg serve, with the committed writes (no rebuild: the sources did not change)
        Server again = serve("again");
        assertThat(again.count(graph(2))).isEqualTo(LARGE);
        again.kill();
        afterKill("again", "no update");

        assertThat(kgBuild()).as("the build after the kills").isZero();
        assertThat(new StoreLayout(root).stores()).as("generations after the build").hasSize(1);
        assertThat(new StoreLayout(root).debris()).isEmpty();
        ServedGeneration.assertDumpsMatchChecksums(root);
        try (KgStore store = KgStore.open(root)) {
            ServedGeneration.assertStoreHoldsTheDumps(root, store.dataset().asDatasetGraph(), java.util.Set.of());
        }
        table.forEach(System.out::println);
    }

    /** The checks after a kill: the store opens; each written graph holds what it must, in the store and its text index. */
    private void afterKill(String moment, String outcome) throws Exception {
        ServedGeneration.assertDumpsMatchChecksums(root);
        try (KgStore store = KgStore.open(root)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            ServedGeneration.assertStoreHoldsTheDumps(root, dsg, expected.keySet());
            for (Map.Entry<Node, Integer> e : expected.entrySet()) {
                int held = count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH <" + e.getKey().getURI() + "> { ?s ?p ?o } }");
                if (e.getValue() < 0) assertThat(held).as("%s after the kill %s", e.getKey(), moment).isIn(0, LARGE);
                else assertThat(held).as("%s after the kill %s", e.getKey(), moment).isEqualTo(e.getValue());
                int found = count(dsg, "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (rdfs:label '" + token(e.getKey()) + "' "
                        + (LARGE * 2) + ") }");
                assertThat(found).as("text hits for %s after the kill %s", e.getKey(), moment).isEqualTo(held);
            }
        }
        table.add(moment + ": " + outcome);
    }

    private String outcome(CompletableFuture<HttpResponse<String>> request, int round) throws Exception {
        Node g = graph(round);
        expected.put(g, -1);
        int held = triples(g);
        expected.put(g, held);
        return (request.isDone() && !request.isCompletedExceptionally() ? "answered" : "no answer") + "; "
                + (held == 0 ? "nothing written" : "all " + held + " triples");
    }

    private int triples(Node graph) {
        try (KgStore store = KgStore.open(root)) {
            return count(store.dataset().asDatasetGraph(), "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }");
        }
    }

    private static int count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    private static Node graph(int round) {
        return NodeFactory.createURI("urn:x-test:killed-" + round);
    }

    private static String token(Node graph) {
        return "crashround" + graph.getURI().substring(graph.getURI().lastIndexOf('-') + 1);
    }

    /** One INSERT … WHERE adding {@link #LARGE} labelled triples to round's graph. */
    private static String large(int round) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < SIDE; i++) values.append(i).append(' ');
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT { GRAPH <" + graph(round).getURI()
                + "> { ?s rdfs:label ?l } } WHERE { VALUES ?i { " + values + "} VALUES ?j { " + values + "} "
                + "BIND(IRI(CONCAT('urn:x-test:r" + round + "-', STR(?i), '-', STR(?j))) AS ?s) "
                + "BIND(CONCAT('" + token(graph(round)) + " item ', STR(?i), ' ', STR(?j)) AS ?l) }";
    }

    /** The {@code n}th INSERT DATA of {@link #SMALL} labelled triples into round's graph. */
    private static String small(int round, int n) {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <" + graph(round).getURI() + "> { ");
        for (int i = 0; i < SMALL; i++) {
            data.append("<urn:x-test:r").append(round).append('-').append(n).append('-').append(i)
                    .append("> <http://www.w3.org/2000/01/rdf-schema#label> '").append(token(graph(round)))
                    .append(" item ").append(n).append(' ').append(i).append("' . ");
        }
        return data.append("} }").toString();
    }

    private static int kgBuild() {
        return Main.run("build", "--data", DATA.toString(), "--ontology", ontology.toString(), "--qc", QC.toString(),
                "--out", root.toString(), "--whole-graph-limit", "0");
    }

    /** {@code kg serve} with writes on a free port, started in a child JVM, once it serves. */
    private Server serve(String moment) throws Exception {
        Path log = temp.resolve("serve-" + moment + ".log");
        // the build's base URL, so that the server does not rewrite the store's VoID graph
        Process child = ServedGeneration.kg(log, List.of(), "serve", "--db", root.toString(), "--port", "0",
                "--base-url", BuildCommand.DEFAULT_BASE_URL, "--auth-file", auth.toString(), "--data", DATA.toString(),
                "--ontology", ontology.toString(), "--qc", QC.toString(), "--update-timeout", "300");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && child.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(log));
            if (m.find()) return new Server(child, m.group(1));
            Thread.sleep(50);
        }
        child.destroyForcibly();
        throw new AssertionError("kg serve never served: " + Files.readString(log));
    }

    /** A running {@code kg serve}. */
    private final class Server {
        private final Process process;
        private final String base;

        Server(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        CompletableFuture<HttpResponse<String>> send(String update) {
            String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "csto/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Basic " + credentials)
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        }

        int count(Node graph) throws Exception {
            String query = "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "csto/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().trim());
        }

        /** SIGKILL: no shutdown hook, no clean-up. */
        void kill() throws Exception {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
    }
}
