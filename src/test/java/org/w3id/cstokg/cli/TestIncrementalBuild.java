package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.cstokg.cli.BuiltStores.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.export.DumpSegments;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.vocab.Graphs;

/**
 * An incremental build (only the documents whose fact files changed) gives the store a full build of
 * the same files gives: the same quads in every graph, the same text-search answers, the same VoID
 * description (but its creation time) and dumps with the same quads; and it refuses what a full
 * build refuses, with the same message, leaving the served generation as it was.
 */
class TestIncrementalBuild {


    @TempDir
    Path temp;

    @Test
    void anEditAnAdditionAndADeletionBuiltIncrementallyGiveTheStoreOfAFullBuild() throws IOException {
        Path data = corpus(temp);
        Path incremental = temp.resolve("incremental");
        assertThat(build(data, QC, incremental, false, System.err)).as("the first build has nothing to start from").isFalse();
        replace(data.resolve(name(2)), "name: \"Syn 00002 Organization\"", "name: \"Syn 00002 Renamed Organization\"");
        replace(data.resolve(name(2)), "troops: {value: ", "troops: {value: 2");
        assertThat(build(data, QC, incremental, false, System.err)).as("incremental, the edit").isTrue();
        Files.copy(temp.resolve("generated").resolve(name(7)), data.resolve(name(7)));
        Files.delete(data.resolve(name(5)));
        assertThat(build(data, QC, incremental, false, System.err))
                .as("incremental, from the dumps the edit spliced: the addition and the deletion").isTrue();
        assertThat(Files.readString(incremental.resolve("current").resolve("manifest").resolve(DumpSegments.FILE)))
                .as("the dumps' segment index").contains(Graphs.forDocument("syn-00007"));
        Path full = temp.resolve("full");
        assertThat(build(data, QC, full, true, System.err)).as("--full").isFalse();

        try (KgStore a = KgStore.open(incremental); KgStore b = KgStore.open(full)) {
            DatasetGraph inc = Txn.calculateRead(a.dataset(), () -> copy(a.dataset().asDatasetGraph()));
            DatasetGraph ful = Txn.calculateRead(b.dataset(), () -> copy(b.dataset().asDatasetGraph()));
            assertSameGraphs(inc, ful, "store");
            assertThat(names(inc)).contains(Graphs.forDocument("syn-00007")).doesNotContain(Graphs.forDocument("syn-00005"));
            for (String search : SEARCHES) {
                assertThat(search(a.dataset(), search)).as("text:query %s", search).isEqualTo(search(b.dataset(), search));
            }
            assertThat(search(a.dataset(), "Renamed")).contains("https://w3id.org/csto-kg/id/syn-00002-organization");
            assertThat(search(a.dataset(), "\"Syn 00005\"")).isEmpty();
            assertThat(search(a.dataset(), "\"Syn 00007\"")).isNotEmpty();
        }
        assertSameDumps(incremental, full);
        assertThat(Files.readString(incremental.resolve(Format.NQ.fileName()))).contains("Syn 00002 Renamed Organization");
        try (Stream<Path> left = Files.list(incremental)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
    }

    @Test
    void anInvalidEditIsRefusedAsAFullBuildRefusesItAndTheServedGenerationStays() throws IOException {
        Path data = corpus(temp);
        Path qc = Files.createDirectories(temp.resolve("qc"));
        try (Stream<Path> queries = Files.list(QC)) {
            for (Path q : queries.toList()) Files.copy(q, qc.resolve(q.getFileName()));
        }
        Files.writeString(qc.resolve("no-forbidden-names.rq"), """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?focus WHERE { ?focus rdfs:label ?l FILTER(CONTAINS(STR(?l), "Forbidden")) } ORDER BY ?focus""");
        Path out = temp.resolve("out");
        build(data, qc, out, false, System.err);
        Path served;
        try (KgStore store = KgStore.open(out)) {
            served = store.directory();
        }
        byte[] dump = Files.readAllBytes(out.resolve(Format.NQ.fileName()));
        replace(data.resolve(name(3)), "name: \"Syn 00003 Organization\"", "name: \"Syn 00003 Forbidden Organization\"");

        ByteArrayOutputStream incrementalErr = new ByteArrayOutputStream();
        ByteArrayOutputStream fullErr = new ByteArrayOutputStream();
        String incrementalMessage = refusal(data, qc, out, false, incrementalErr);
        String fullMessage = refusal(data, qc, temp.resolve("full"), true, fullErr);
        assertThat(incrementalMessage).isEqualTo(fullMessage).contains("nothing was built");
        assertThat(incrementalErr.toString(StandardCharsets.UTF_8)).isEqualTo(fullErr.toString(StandardCharsets.UTF_8))
                .contains("syn-00003.yaml:").contains("no-forbidden-names.rq").contains("validation violation(s); nothing written");
        try (KgStore store = KgStore.open(out)) {
            assertThat(store.directory()).isEqualTo(served);
        }
        assertThat(Files.readAllBytes(out.resolve(Format.NQ.fileName()))).isEqualTo(dump);
        assertThat(out).isDirectoryNotContaining("glob:**/.staging-*");
    }

    /** The first generated file defines the states and outlets every other file refers to. */
    @Test
    void anEditThatEveryFileDependsOnFallsBackToAFullBuildWithTheSameResult() throws IOException {
        Path data = corpus(temp);
        Path out = temp.resolve("out");
        build(data, QC, out, false, System.err);
        replace(data.resolve(name(1)), "name: \"State 1\"", "name: \"State One\"");
        assertThat(build(data, QC, out, false, System.err)).as("incremental").isFalse();
        Path full = temp.resolve("full");
        build(data, QC, full, true, System.err);
        try (KgStore a = KgStore.open(out); KgStore b = KgStore.open(full)) {
            assertSameGraphs(Txn.calculateRead(a.dataset(), () -> copy(a.dataset().asDatasetGraph())),
                    Txn.calculateRead(b.dataset(), () -> copy(b.dataset().asDatasetGraph())), "store");
            assertThat(search(a.dataset(), "\"State One\"")).contains("https://w3id.org/csto-kg/id/shared-state-1");
        }
    }

    @Test
    void aGenerationServedWithWritesEnabledIsRebuiltInFull() throws IOException {
        Path data = corpus(temp);
        Path out = temp.resolve("out");
        build(data, QC, out, false, System.err);
        Node scratch = NodeFactory.createURI("https://example.org/scratch");
        try (KgStore store = KgStore.open(out)) {
            store.allowWrites();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> dsg.add(scratch, scratch, scratch, scratch));
        }
        replace(data.resolve(name(2)), "name: \"Syn 00002 Organization\"", "name: \"Syn 00002 Renamed Organization\"");
        assertThat(build(data, QC, out, false, System.err)).as("incremental after writes").isFalse();
        try (KgStore store = KgStore.open(out)) {
            assertThat(Txn.calculateRead(store.dataset(), () -> names(store.dataset().asDatasetGraph()))).doesNotContain(scratch.getURI());
        }
    }

    /** The message of the build's failure; asserts that it tried the incremental path when not {@code full}. */
    private static String refusal(Path data, Path qc, Path out, boolean full, ByteArrayOutputStream err) {
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        GraphPipeline pipeline = new GraphPipeline(sources, qc, BuildCommand.DEFAULT_BASE_URL,
                new PrintStream(err, true, StandardCharsets.UTF_8), GraphPipeline.WHOLE_GRAPH_LIMIT, full);
        List<String> message = new ArrayList<>();
        assertThatThrownBy(() -> new StoreBuilder(out).build(pipeline, BuildStamp.of(List.of(data, sources.ontology))))
                .isInstanceOfSatisfying(KgException.class, e -> message.add(e.getMessage()));
        assertThat(pipeline.builtIncrementally()).as("took the incremental path").isEqualTo(!full);
        return message.get(0);
    }
}
