package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.export.DumpSegments;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.vocab.Graphs;

/**
 * An incremental build (only the documents whose fact files changed) gives the store a full build of
 * the same files gives: the same quads in every graph, the same text-search answers, the same VoID
 * description (but its creation time) and dumps with the same quads; and it refuses what a full
 * build refuses, with the same message, leaving the served generation as it was.
 */
class TestIncrementalBuild {
    private static final Path QC = Path.of("queries", "qc");
    private static final List<String> SEARCHES = List.of("Renamed", "Organization", "\"Syn 00002\"", "\"Syn 00005\"",
            "\"Syn 00007\"", "Official", "Petrova", "Force");

    @TempDir
    Path temp;

    /** Builds {@code data} into {@code out}; says whether it was an incremental build. */
    private static boolean build(Path data, Path qc, Path out, boolean full, PrintStream err) {
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        GraphPipeline pipeline = new GraphPipeline(sources, qc, BuildCommand.DEFAULT_BASE_URL, err, GraphPipeline.WHOLE_GRAPH_LIMIT, full);
        new StoreBuilder(out).build(pipeline, BuildStamp.of(List.of(data, sources.ontology)));
        return pipeline.builtIncrementally();
    }

    /** Six generated files in {@code data}, and a seventh beside it to add later. */
    private Path corpus() throws IOException {
        Path generated = temp.resolve("generated");
        CorpusGenerator.create().files(7).seed(5).out(generated).generate();
        Path data = Files.createDirectories(temp.resolve("data"));
        for (int i = 1; i <= 6; i++) Files.copy(generated.resolve(name(i)), data.resolve(name(i)));
        return data;
    }

    private static String name(int i) {
        return "syn-0000" + i + ".yaml";
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anEditAnAdditionAndADeletionBuiltIncrementallyGiveTheStoreOfAFullBuild() throws IOException {
        Path data = corpus();
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
        for (Format f : List.of(Format.NQ, Format.TRIG, Format.NT, Format.TTL, Format.JSONLD)) {
            DatasetGraph inc = DatasetGraphFactory.createGeneral();
            DatasetGraph ful = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(inc, incremental.resolve(f.fileName()).toString());
            RDFDataMgr.read(ful, full.resolve(f.fileName()).toString());
            assertSameGraphs(inc, ful, f.fileName());
        }
        assertThat(Files.readString(incremental.resolve(Format.NQ.fileName()))).contains("Syn 00002 Renamed Organization");
        try (Stream<Path> left = Files.list(incremental)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
    }

    @Test
    void anInvalidEditIsRefusedAsAFullBuildRefusesItAndTheServedGenerationStays() throws IOException {
        Path data = corpus();
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
        Path data = corpus();
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
        Path data = corpus();
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

    /** Every graph of both holds the same triples; the VoID graphs but for their creation time. */
    private static void assertSameGraphs(DatasetGraph actual, DatasetGraph expected, String what) {
        assertThat(names(actual)).as("%s: graphs", what).containsExactlyInAnyOrderElementsOf(names(expected));
        for (String name : names(expected)) {
            Graph a = comparable(actual.getGraph(NodeFactory.createURI(name)));
            Graph e = comparable(expected.getGraph(NodeFactory.createURI(name)));
            assertThat(a.size()).as("%s: size of %s", what, name).isEqualTo(e.size());
            assertThat(a.isIsomorphicWith(e)).as("%s: graph %s", what, name).isTrue();
        }
        Graph a = comparable(actual.getDefaultGraph());
        Graph e = comparable(expected.getDefaultGraph());
        assertThat(a.isIsomorphicWith(e)).as("%s: default graph", what).isTrue();
    }

    /** A copy without the creation time of the VoID description, the one thing two builds do not share. */
    private static Graph comparable(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(DCTerms.created.asNode())) copy.add(t);
        });
        return copy;
    }

    private static List<String> names(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        return copy;
    }

    /** The subjects text:query finds, sorted, repeats kept. */
    private static List<String> search(Dataset dataset, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + words.replace("'", "\\'")
                + "' }";
        return Txn.calculateRead(dataset, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution q = QueryExecution.dataset(dataset).query(query).build()) {
                q.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
            }
            found.sort(null);
            return found;
        });
    }
}
