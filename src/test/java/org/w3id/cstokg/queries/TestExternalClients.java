package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.KgStore;

/**
 * Clients nobody here wrote, against the server on the real graph: the twelve competency
 * questions through Comunica (npm, run from {@code target/clients/}) and SPARQLWrapper answer as
 * {@code kg query} does, and rdflib loads every RDF dump with the store's counts (per named graph
 * for the quad formats, isomorphic with the union graph for the others). Runs in the Maven
 * profile {@code clients}, which {@code .ci/run} activates after installing them; a missing client
 * fails the test.
 */
class TestExternalClients {
    private static final Path SCRIPTS = Path.of("src", "test", "resources", "clients");
    private static final Path COMUNICA = Path.of("target", "clients", "node_modules", ".bin", "comunica-sparql");
    /** Debian's Python, which python3-rdflib and python3-sparqlwrapper install into (not a pyenv one on the PATH). */
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;

    @BeforeAll
    static void buildAndServe() {
        assertThat(Main.run("build", "--out", root.toString())).isZero();
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static List<Path> queries() throws IOException {
        List<Path> cqs = CompetencyQuestions.queries();
        assertThat(cqs).as("cq01 to cq14").hasSize(14);
        return cqs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void comunicaAnswersAsKgQuery(Path query) throws Exception {
        assertThat(COMUNICA).as("Comunica (npm install --prefix target/clients @comunica/query-sparql@4)").isExecutable();
        String out = run(COMUNICA.toString(), "sparql@" + endpoint(), "-f", query.toString(), "-t", "application/sparql-results+json");
        // Comunica 4.3 as installed here writes every literal it read from an endpoint without its
        // language tag or datatype ("x"^^undefined in its own JSON): its rows are compared on values.
        ResultSetRewindable cli = kgQuery(query);
        List<List<String>> expected = values(cli);
        List<List<String>> actual = values(results(out));
        assertThat(expected).as("%s answers something", query).isNotEmpty();
        if (QueryFactory.create(read(query)).hasOrderBy()) assertThat(actual).as("%s", query).containsExactlyElementsOf(expected);
        else assertThat(actual).as("%s", query).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sparqlWrapperAnswersAsKgQuery(Path query) throws Exception {
        String out = run(PYTHON, SCRIPTS.resolve("sparqlwrapper_query.py").toString(), endpoint(), query.toString());
        assertSame(query, results(out), kgQuery(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csto-kg.nq nquads", "csto-kg.trig trig", "csto-kg.jsonld json-ld"})
    void rdflibReadsEveryNamedGraphOfTheQuadDumps(String fileAndFormat) throws Exception {
        String[] f = fileAndFormat.split(" ");
        JsonNode loaded = JSON.readTree(run(PYTHON, SCRIPTS.resolve("rdflib_load.py").toString(), root.resolve(f[0]).toString(), f[1]));
        Map<String, Long> read = new TreeMap<>();
        loaded.get("graphs").fields().forEachRemaining(e -> read.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> stored = Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> counts = new TreeMap<>();
            store.dataset().listNames().forEachRemaining(g -> counts.put(g, store.dataset().getNamedModel(g).size()));
            return counts;
        });
        assertThat(stored).containsKeys("https://w3id.org/csto-kg/graph/inferred", "https://w3id.org/csto-kg/graph/void");
        assertThat(read).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csto-kg.ttl turtle", "csto-kg.nt nt", "csto-kg.rdf xml"})
    void rdflibReadsTheUnionGraphOfTheTripleDumps(String fileAndFormat) throws Exception {
        String[] f = fileAndFormat.split(" ");
        Path union = root.resolve("union-reference.nt");
        long size = Txn.calculateRead(store.dataset(), () -> {
            try (OutputStream out = Files.newOutputStream(union)) {
                RDFDataMgr.write(out, store.dataset().getUnionModel(), RDFFormat.NTRIPLES);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return store.dataset().getUnionModel().size();
        });
        JsonNode loaded = JSON.readTree(run(PYTHON, SCRIPTS.resolve("rdflib_load.py").toString(),
                root.resolve(f[0]).toString(), f[1], union.toString()));
        assertThat(loaded.get("triples").asLong()).isEqualTo(size).isGreaterThan(5000);
        assertThat(loaded.get("isomorphic").asBoolean()).as("isomorphic with the endpoint's default graph").isTrue();
    }

    private static String endpoint() {
        return server.baseUrl() + "csto/sparql";
    }

    private static void assertSame(Path query, ResultSetRewindable client, ResultSetRewindable cli) {
        boolean ordered = QueryFactory.create(read(query)).hasOrderBy();
        boolean same = ordered ? ResultsCompare.equalsByTermAndOrder(client, cli) : ResultsCompare.equalsByTerm(client, cli);
        assertThat(cli.size()).as("%s answers something", query).isPositive();
        client.reset();
        cli.reset();
        assertThat(same).as("%s: the client answered%n%s%nkg query%n%s", query,
                org.apache.jena.query.ResultSetFormatter.asText(client), org.apache.jena.query.ResultSetFormatter.asText(cli)).isTrue();
    }

    /** Each row's values in variable order: a literal's lexical form, an IRI, or "" when unbound. */
    private static List<List<String>> values(ResultSetRewindable rows) {
        List<List<String>> out = new java.util.ArrayList<>();
        rows.reset();
        rows.forEachRemaining(row -> out.add(rows.getResultVars().stream().map(v -> {
            var node = row.get(v);
            return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
        }).toList()));
        rows.reset();
        return out;
    }

    private static ResultSetRewindable kgQuery(Path query) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run("query", query.toString(), "--format", "json", "--out", root.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        return results(out.toString(StandardCharsets.UTF_8));
    }

    private static ResultSetRewindable results(String json) {
        return ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).rewindable();
    }

    /** Runs a program; its standard output, or a failure with its error output. */
    private static String run(String... command) throws Exception {
        Path err = Files.createTempFile(root, "client", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", List.of(command), Files.readString(err)).isZero();
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
