package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.KgStore;

/**
 * {@code kg query} answers every query of {@code queries/} and {@code queries/qc/}, and the probes of
 * {@code src/test/resources/query-parity/}, exactly as {@code /csto/sparql} does on the store the
 * same build wrote (same rows; same order where the query orders them).
 */
class TestQueryCommandMatchesEndpoint {
    private static final Path PROBES = Path.of("src", "test", "resources", "query-parity");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;

    @BeforeAll
    static void buildAndServe() {
        assertThat(Main.run("build", "--out", root.toString())).isZero();
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("queries")).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** Every query file but those calling SERVICE, which reach hosts the tests cannot. */
    static List<Path> queries() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("queries"), Path.of("queries", "qc"), PROBES)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(all::add);
            }
        }
        List<Path> local = all.stream().filter(p -> !read(p).contains("SERVICE")).toList();
        assertThat(all.size() - local.size()).as("queries calling SERVICE").isEqualTo(1);
        assertThat(local).hasSizeGreaterThanOrEqualTo(12 + 9 + 4);
        return local;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void kgQueryAnswersAsTheEndpoint(Path query) throws Exception {
        ResultSetRewindable cli = cli(query);
        ResultSetRewindable endpoint = endpoint(query);
        boolean ordered = QueryFactory.create(read(query)).hasOrderBy();
        boolean same = ordered ? ResultsCompare.equalsByTermAndOrder(cli, endpoint) : ResultsCompare.equalsByTerm(cli, endpoint);
        cli.reset();
        endpoint.reset();
        assertThat(same).as("%s: kg query gave %d rows, the endpoint %d", query, cli.size(), endpoint.size()).isTrue();
    }

    /** The probes' answers are what the endpoint serves, not empty on both sides. */
    @Test
    void theProbesFindInferencesTextAndEveryGraph() throws Exception {
        assertThat(cli(PROBES.resolve("actors-by-inference.rq")).next().getLiteral("n").getInt()).isGreaterThan(0);
        assertThat(cli(PROBES.resolve("text-search.rq")).size()).isGreaterThan(0);
        List<String> graphs = new ArrayList<>();
        cli(PROBES.resolve("triples-per-graph.rq")).forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        assertThat(graphs).contains("https://w3id.org/csto-kg/graph/inferred", "https://w3id.org/csto-kg/graph/void",
                "https://w3id.org/csto-kg/graph/ontology", "https://w3id.org/csto-kg/graph/links");
    }

    private static ResultSetRewindable cli(Path query) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("query", query.toString(), "--format", "json", "--out", root.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).as("kg query %s", query).isZero();
        return parse(out.toByteArray());
    }

    private static ResultSetRewindable endpoint(Path query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/sparql?query="
                        + URLEncoder.encode(read(query), StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("status of %s", query).isEqualTo(200);
        return parse(response.body());
    }

    private static ResultSetRewindable parse(byte[] json) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        return rows.rewindable();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
