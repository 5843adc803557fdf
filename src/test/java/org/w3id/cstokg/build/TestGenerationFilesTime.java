package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.StreamedDumps;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.store.Inference;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The files of a generation made at another time differ from this one's only where the time is
 * written: every file, byte for byte once the time is replaced, whatever the time. (The VoID
 * description is a small in-memory graph; when it was a hashed one, the time's value moved the
 * triples written beside it, in every dump.) {@code SHA256SUMS} differs as the files it sums do.
 */
class TestGenerationFilesTime {
    private static final int TIMES = 6;
    /** The real graph and its inferred graph, in a TDB2 store in memory. */
    private static Dataset graph;
    private static long asserted;

    @TempDir
    Path temp;

    @BeforeAll
    static void realGraph() {
        Dataset inMemory = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        asserted = Txn.calculateRead(inMemory, () -> inMemory.asDatasetGraph().stream().count());
        Inference.materialise(inMemory);
        graph = TDB2Factory.createDataset();
        Txn.executeWrite(graph, () -> inMemory.asDatasetGraph().find().forEachRemaining(graph.asDatasetGraph()::add));
    }

    @Test
    void everyFileDiffersOnlyInTheTime() throws IOException {
        Instant first = Instant.parse("2025-12-05T00:00:00Z");
        Path expected = generation(first);
        List<String> files = files(expected);
        assertThat(files).as("the streamed dumps, the whole-graph files and void.ttl")
                .contains("csto-kg.nq", "csto-kg.trig", "csto-kg.nt", "csto-kg.ttl", "csto-kg.jsonld", "csto-kg.rdf", Exports.VOID_FILE);
        Random random = new Random(7);
        for (int i = 0; i < TIMES; i++) {
            Instant other = first.plusSeconds(1 + random.nextInt(400_000_000));
            Path actual = generation(other);
            assertThat(files(actual)).isEqualTo(files);
            for (String file : files) {
                assertThat(withoutTime(actual.resolve(file), other)).as("%s made at %s", file, other)
                        .isEqualTo(withoutTime(expected.resolve(file), first));
            }
        }
    }

    /** The files {@link GenerationFiles} writes for the real graph with a description made at {@code time}. */
    private Path generation(Instant time) throws IOException {
        Path staging = Files.createDirectories(temp.resolve(time.toString().replace(':', '-')));
        VoidDescription.Builder description = VoidDescription.create().created(time)
                .sparqlEndpoint("http://localhost:3030/csto/sparql").downloadBase("http://localhost:3030/dumps/");
        DatasetGraph store = graph.asDatasetGraph();
        Txn.executeRead(store, () -> {
            try (StreamedDumps dumps = StreamedDumps.open(staging, Prefixes.standard())) {
                store.listGraphNodes().forEachRemaining((Node name) -> dumps.graph(name, store.getGraph(name)));
                new GenerationFiles(staging, description, Long.MAX_VALUE).finish(store, dumps, asserted, false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return staging;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("SHA256SUMS")).sorted().toList();
        }
    }

    private static String withoutTime(Path file, Instant time) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace(time.toString(), "TIME");
    }
}
