package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The golden loader cases under src/test/resources/load/CASE/: input.yaml with expected.trig
 * (compared graph by graph, by isomorphism) or expected-errors.txt (exact lines, nothing written).
 */
class TestGoldenLoad {
    private static final Path CASES = Path.of("src", "test", "resources", "load");
    /** The project's ontology, which declares the kinds of fact and their keys. */
    private static final Path ONTOLOGY = Path.of("ontology");

    @TempDir
    Path temp;

    static List<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void findsCasesOfBothKinds() throws IOException {
        List<Path> cases = cases();
        assertThat(cases.stream().filter(c -> Files.exists(c.resolve("expected.trig")))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(cases.stream().filter(c -> Files.exists(c.resolve("expected-errors.txt")))).hasSizeGreaterThanOrEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path dir) throws IOException {
        assertThat(dir.resolve("input.yaml")).exists();
        boolean positive = Files.exists(dir.resolve("expected.trig"));
        assertThat(positive).as("exactly one of expected.trig, expected-errors.txt")
                .isNotEqualTo(Files.exists(dir.resolve("expected-errors.txt")));
        BuildResult result = GraphBuilder.create().dataDir(dir).ontologyDir(ONTOLOGY).build();
        if (positive) checkGraphs(dir, result);
        else checkErrors(dir, result);
    }

    private static void checkGraphs(Path dir, BuildResult result) throws IOException {
        assertThat(result.errors()).isEmpty();
        if (Boolean.getBoolean("regenerate")) record(dir, result.dataset());
        Dataset expected = RDFDataMgr.loadDataset(dir.resolve("expected.trig").toString());
        Dataset actual = result.dataset();
        assertThat(documentGraphs(actual)).containsExactlyInAnyOrderElementsOf(documentGraphs(expected));
        for (String name : documentGraphs(expected)) {
            assertThat(actual.getNamedModel(name).isIsomorphicWith(expected.getNamedModel(name)))
                    .as("graph %s isomorphic to expected.trig", name).isTrue();
        }
    }

    private void checkErrors(Path dir, BuildResult result) throws IOException {
        String prefix = dir + "/";
        if (Boolean.getBoolean("regenerate")) {
            Files.write(dir.resolve("expected-errors.txt"),
                    result.errors().stream().map(e -> e.toString().replace(prefix, "")).toList(), StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(dir.resolve("expected-errors.txt"), StandardCharsets.UTF_8);
        assertThat(result.errors()).extracting(e -> e.toString().replace(prefix, "")).containsExactlyElementsOf(expected);
        Path out = temp.resolve("out");
        int code = Main.run("build", "--data", dir.toString(), "--ontology", ONTOLOGY.toString(), "--qc", temp.toString(),
                "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    /** {@code -Dregenerate=true}: records the document graphs built from a case as its expected.trig. */
    private static void record(Path dir, Dataset actual) throws IOException {
        Dataset out = DatasetFactory.create();
        out.getDefaultModel().setNsPrefixes(Prefixes.standard());
        for (String name : documentGraphs(actual)) out.addNamedModel(name, actual.getNamedModel(name));
        try (var stream = Files.newOutputStream(dir.resolve("expected.trig"))) {
            RDFDataMgr.write(stream, out, RDFFormat.TRIG_PRETTY);
        }
    }

    private static List<String> documentGraphs(Dataset ds) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = ds.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.SHAPES) && !ds.getNamedModel(name).isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
