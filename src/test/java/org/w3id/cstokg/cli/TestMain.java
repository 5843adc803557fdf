package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.load.OntologyCopy;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and output of the {@code kg} command line. */
class TestMain {
    private static final Path LOAD = Path.of("src", "test", "resources", "load");
    private static final Path VALIDATE = Path.of("src", "test", "resources", "validate");
    private static final String GOOD = LOAD.resolve("minimal").toString();
    private static final String BAD = LOAD.resolve("minimal-unknown-key").toString();

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int kg(String... args) { return Main.run(args); }

    private String[] build(String command, String data, String ontology, String qc) {
        Path modules = OntologyCopy.withShapesOf(VALIDATE.resolve(ontology), temp.resolve("ontology-" + ontology));
        String[] validate = {command, "--data", data, "--ontology", modules.toString(),
                "--qc", VALIDATE.resolve(qc).toString()};
        if (!command.equals("build")) return validate;
        String[] build = java.util.Arrays.copyOf(validate, validate.length + 2);
        build[validate.length] = "--out";
        build[validate.length + 1] = temp.resolve("kg").toString();
        return build;
    }

    @Test
    void aBadOptionIsAUsageError() {
        assertThat(kg("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(kg("--frobnicate")).isEqualTo(2);
        assertThat(kg("query", "x.rq", "--format", "xml")).isEqualTo(2);
    }

    @Test
    void aMistypedOptionIsNamedWithTheOneMeant() {
        assertThat(kg("serve", "--prot", "3031")).isEqualTo(2);
        assertThat(err.toString()).contains("'--prot'").contains("Possible solutions: --port");
        err.reset();
        assertThat(kg("build", "--dtaa=data")).isEqualTo(2);
        assertThat(err.toString()).contains("Possible solutions: --data");
        err.reset();
        assertThat(kg("build", "--zzzzzz")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Possible solutions");
        err.reset();
        assertThat(kg("query", "--base-ur", "x")).isEqualTo(2);
        assertThat(err.toString()).as("a hidden option is not suggested").doesNotContain("--base-url");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(kg()).isEqualTo(2);
        assertThat(err.toString()).contains("missing command");
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(Main.commandLine("serve", "--port", "0").getSubcommands()).containsOnlyKeys("serve");
        assertThat(Main.commandLine("build").getSubcommands()).containsOnlyKeys("build");
        List<String> every = List.of("build", "validate", "query", "audit", "publish", "export", "serve", "generate");
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(every);
        assertThat(Main.commandLine("--help").getSubcommands().keySet()).containsExactlyElementsOf(every);
        assertThat(Main.commandLine("serv").getSubcommands().keySet()).containsExactlyElementsOf(every);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(kg("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("  build ", "  validate ", "  query ", "  audit ", "  publish ", "  export ", "  serve ", "  generate ");
    }

    @Test
    void aCommandsHelpNamesItUnderKg() {
        assertThat(kg("serve", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: kg serve ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithSuggestions() {
        assertThat(kg("serv")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'serv'").contains("Did you mean: kg serve?")
                .as("only the nearest command").doesNotContain("query");
        err.reset();
        assertThat(kg("biuld")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean: kg build?");
        err.reset();
        assertThat(kg("exprot", "--format", "nt")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean: kg export?");
    }

    @Test
    void buildWritesEveryExportTheVoidAndTheStore() throws IOException {
        assertThat(kg(build("build", GOOD, "conforming", "qc-clean"))).isEqualTo(0);
        assertThat(temp.resolve("kg").toFile().list()).containsExactlyInAnyOrder(
                "csto-kg.ttl", "csto-kg.nt", "csto-kg.nq", "csto-kg.trig", "csto-kg.jsonld", "csto-kg.rdf",
                "csto-kg.graphml", "csto-kg.gexf", "csto-kg.cyjs", "csto-kg-events.csv", "context.jsonld", "SHA256SUMS", "void.ttl",
                "current", temp.resolve("kg/current").toRealPath().getFileName().toString(), ".build.lock");
        assertThat(temp.resolve("kg/current").toFile().list()).containsExactlyInAnyOrder(
                "csto-kg.ttl", "csto-kg.nt", "csto-kg.nq", "csto-kg.trig", "csto-kg.jsonld", "csto-kg.rdf",
                "csto-kg.graphml", "csto-kg.gexf", "csto-kg.cyjs", "csto-kg-events.csv", "context.jsonld", "SHA256SUMS", "void.ttl",
                "tdb2", "lucene", "stamp.txt", "manifest");
        assertThat(Files.readSymbolicLink(temp.resolve("kg/csto-kg.nq"))).isEqualTo(Path.of("current/csto-kg.nq"));
    }

    @Test
    void badDataExitsOneAndWritesNothing() {
        assertThat(kg(build("build", BAD, "conforming", "qc-clean"))).isEqualTo(1);
        assertThat(err.toString()).contains("unknown key 'nmae' in entity of type state");
        assertThat(temp.resolve("kg")).doesNotExist();
    }

    @Test
    void aViolationExitsOneAndWritesNothing() {
        assertThat(kg(build("build", GOOD, "violating", "qc-clean"))).isEqualTo(1);
        assertThat(err.toString()).contains("[shacl]").contains("1 validation violation(s); nothing written.");
        assertThat(temp.resolve("kg")).doesNotExist();
        err.reset();
        assertThat(kg(build("validate", GOOD, "conforming", "qc-violating"))).isEqualTo(1);
        assertThat(err.toString()).contains("[qc/states-are-violations.rq]").contains("validation violation(s); nothing written.");
    }

    @Test
    void aMissingOntologyFolderIsNamedNotAStackTrace() {
        for (String command : List.of("build", "validate")) {
            err.reset();
            String[] args = build(command, GOOD, "conforming", "qc-clean");
            args[4] = temp.resolve("no-such-ontology").toString();
            assertThat(kg(args)).as(command).isEqualTo(1);
            assertThat(err.toString()).as(command).contains("no-such-ontology: no such directory: the ontology is read from it")
                    .contains("1 error(s)").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(temp.resolve("kg")).doesNotExist();
    }

    @Test
    void validateWritesNothing() {
        assertThat(kg(build("validate", GOOD, "conforming", "qc-clean"))).isEqualTo(0);
        assertThat(kg(build("validate", GOOD, "conforming", "no-such-qc"))).isEqualTo(1);
        assertThat(err.toString()).contains("no QC queries found");
        assertThat(temp.resolve("kg")).doesNotExist();
    }

    @Test
    void queryPrintsW3cCsv() throws IOException {
        Path query = temp.resolve("states.rq");
        Files.writeString(query, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?name WHERE { GRAPH <https://w3id.org/csto-kg/graph/doc-a> { ?s rdfs:label ?name } FILTER(STR(?name) = \"Russia\") }");
        assertThat(kg("query", query.toString(), "--format", "csv", "--data", GOOD,
                "--ontology", OntologyCopy.withShapesOf(VALIDATE.resolve("conforming"), temp.resolve("modules")).toString(),
                "--qc", VALIDATE.resolve("qc-clean").toString(), "--out", temp.resolve("kg").toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name\r\nRussia\r\n");
    }

    @Test
    void queryUsesTheUnionAsDefaultGraph() throws IOException {
        Path query = temp.resolve("ask.rq");
        Files.writeString(query, "ASK { ?s ?p ?o }");
        assertThat(kg("query", query.toString(), "--format", "json", "--data", GOOD,
                "--ontology", OntologyCopy.withShapesOf(VALIDATE.resolve("conforming"), temp.resolve("modules")).toString(),
                "--qc", VALIDATE.resolve("qc-clean").toString(), "--out", temp.resolve("kg").toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"boolean\" : true");
    }

    @Test
    void aQuerySyntaxErrorExitsOneWithItsPosition() throws IOException {
        Path query = temp.resolve("bad.rq");
        Files.writeString(query, "SELECT ?s WHERE { ?s ?p }");
        assertThat(kg("query", query.toString(), "--data", GOOD, "--ontology", "ontology")).isEqualTo(1);
        assertThat(err.toString()).contains(query + ": SPARQL syntax error:").contains("line 1, column");
    }
}
