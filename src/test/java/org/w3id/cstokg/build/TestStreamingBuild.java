package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.Inference;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.validate.Validator;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KgDataset;

/**
 * The streaming build gives the graph the in-memory build gives, however the files fall into
 * chunks: the same asserted graphs, the same inferred triples (none that another chunk states: the
 * build drops those at the end), the same VoID counts, and dumps that parse back to the same quads.
 * A violation in one chunk fails the whole build and leaves the served store and files as they were.
 */
class TestStreamingBuild {
    private static final Path ONTOLOGY = Path.of("ontology");
    private static final Path QC = Path.of("queries", "qc");

    @TempDir
    Path temp;


    private Path build(Path data, Path qc, Path out, long chunkBytes, long wholeGraphLimit) {
        FactChunks facts = FactChunks.scan(data, ONTOLOGY);
        assertThat(facts.errors()).isEmpty();
        VoidDescription.Builder description = VoidDescription.create()
                .sparqlEndpoint("http://localhost:3030/csto/sparql").downloadBase("http://localhost:3030/dumps/");
        StreamingBuild build = new StreamingBuild(facts, qc, description, chunkBytes, wholeGraphLimit, 2);
        return new StoreBuilder(out).build(build, new BuildStamp("test"));
    }

    private static Dataset inMemory(Path data) {
        return GraphBuilder.create().dataDir(data).ontologyDir(ONTOLOGY).build().dataset();
    }

    @Test
    void theRealGraphInOneChunkIsTheInMemoryGraph() {
        Path out = temp.resolve("out");
        build(Path.of("data"), QC, out, 10_000_000, 1_000_000);
        Dataset expected = inMemory(Path.of("data"));
        Inference.materialise(expected);
        try (KgStore store = KgStore.open(out)) {
            DatasetGraph actual = store.dataset().asDatasetGraph();
            Txn.executeRead(actual, () -> {
                assertThat(names(actual)).containsExactlyInAnyOrderElementsOf(plus(names(expected.asDatasetGraph()), Graphs.VOID));
                for (String name : names(expected.asDatasetGraph())) {
                    assertThat(graph(actual, name).isIsomorphicWith(graph(expected.asDatasetGraph(), name)))
                            .as("graph %s", name).isTrue();
                }
            });
        }
        for (Format f : Format.values()) assertThat(out.resolve(f.fileName())).isRegularFile();
        assertThat(out).isDirectoryNotContaining("glob:**/.build-*").isDirectoryNotContaining("glob:**/.staging-*");
    }

    @Test
    void aCorpusInChunksOfOneFileGivesTheGraphOfOneChunk() throws IOException {
        Path data = temp.resolve("corpus");
        CorpusGenerator.create().files(4).seed(11).out(data).generate();
        Path out = temp.resolve("out");
        build(data, QC, out, 1, 0);
        Dataset expected = inMemory(data);
        DatasetGraph asserted = copy(expected.asDatasetGraph());
        Inference.materialise(expected);
        DatasetGraph servedCopy;
        try (KgStore store = KgStore.open(out)) {
            DatasetGraph actual = store.dataset().asDatasetGraph();
            servedCopy = Txn.calculateRead(actual, () -> copy(actual));
            Txn.executeRead(actual, () -> {
                for (String name : names(asserted)) {
                    assertThat(graph(actual, name).isIsomorphicWith(graph(asserted, name))).as("graph %s", name).isTrue();
                }
                Graph inferred = graph(actual, Graphs.INFERRED);
                Graph inferredInMemory = graph(expected.asDatasetGraph(), Graphs.INFERRED);
                inferredInMemory.find().forEachRemaining(t -> assertThat(inferred.contains(t)).as("inferred %s", t).isTrue());
                inferred.find().forEachRemaining(t -> assertThat(inferredInMemory.contains(t) && !assertedAnywhere(asserted, t))
                        .as("inferred %s is entailed and stated nowhere", t).isTrue());
                Graph description = graph(actual, Graphs.VOID);
                Dataset served = org.apache.jena.query.DatasetFactory.wrap(actual);
                Node dataset = NodeFactory.createURI(KgDataset.DATASET);
                Map<Node, String> counts = Map.of(
                        VOID.triples.asNode(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                        VOID.entities.asNode(), "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Ids.NS + "\")) }",
                        VOID.classes.asNode(), "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }",
                        VOID.properties.asNode(), "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }");
                counts.forEach((count, query) -> assertThat(object(description, dataset, count)).as("%s", count)
                        .isEqualTo(integer(sparql(served, query).get(0)[1])));
                Set<String> expectedPartitions = new HashSet<>();
                sparql(served, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { ?s a ?k } GROUP BY ?k").forEach(row -> expectedPartitions.add(row[0] + " " + integer(row[1])));
                sparql(served, "SELECT ?k (COUNT(*) AS ?n) { ?s ?k ?o } GROUP BY ?k").forEach(row -> expectedPartitions.add(row[0] + " " + integer(row[1])));
                assertThat(partitions(description)).isNotEmpty().isEqualTo(expectedPartitions);
            });
        }
        DatasetGraph reparsed = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(reparsed, out.resolve(Format.NQ.fileName()).toString());
        for (String name : names(asserted)) {
            assertThat(graph(reparsed, name).isIsomorphicWith(graph(asserted, name))).as("dumped graph %s", name).isTrue();
        }
        assertThat(names(reparsed)).as("the N-Quads dump holds every graph the store has").isEqualTo(names(servedCopy))
                .contains(Graphs.INFERRED, Graphs.VOID);
        for (String name : names(servedCopy)) {
            assertThat(graph(reparsed, name).isIsomorphicWith(graph(servedCopy, name))).as("dumped graph %s", name).isTrue();
        }
        Graph union = RDFDataMgr.loadGraph(out.resolve(Format.TTL.fileName()).toString());
        assertThat(union.isIsomorphicWith(servedCopy.getUnionGraph())).as("the Turtle dump is the union graph").isTrue();
        for (Format f : StreamingBuild.WHOLE_GRAPH_FORMATS) {
            assertThat(out.resolve(f.fileName())).as("over the limit").doesNotExist();
        }
        assertThat(Files.readString(out.resolve("SHA256SUMS"))).contains(Format.NQ.fileName()).doesNotContain(Format.JSONLD.fileName());
    }

    @Test
    void aViolationInOneChunkFailsTheBuildAfterCheckingEveryChunk() throws IOException {
        Path data = temp.resolve("corpus");
        CorpusGenerator.create().files(3).seed(5).out(data).generate();
        Path out = temp.resolve("out");
        Path served = build(data, QC, out, 1, 0);
        byte[] dumpBefore = Files.readAllBytes(out.resolve(Format.NQ.fileName()));

        Path qc = qcWith("no-force.rq", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?focus WHERE { ?focus rdfs:label ?l FILTER(STRENDS(STR(?l), " Force")) } ORDER BY ?focus""");
        assertThatThrownBy(() -> build(data, qc, out, 1, 0)).isInstanceOfSatisfying(ViolationsFound.class, e ->
                assertThat(e.violations().toString()).contains("syn-00002.yaml:").contains("syn-00003.yaml:")
                        .contains("[qc/no-force.rq]"));
        try (KgStore store = KgStore.open(out)) {
            assertThat(store.directory()).isEqualTo(served);
        }
        assertThat(Files.readAllBytes(out.resolve(Format.NQ.fileName()))).isEqualTo(dumpBefore);
        assertThat(out).isDirectoryNotContaining("glob:**/.build-*").isDirectoryNotContaining("glob:**/.staging-*");
    }

    @Test
    void aFileEditedBetweenTheTwoPassesFailsTheBuildAndAnOldStagingFolderIsCleared() throws IOException {
        Path data = temp.resolve("corpus");
        List<Path> files = CorpusGenerator.create().files(2).seed(3).out(data).generate();
        Path out = temp.resolve("out");
        Path served = build(data, QC, out, 1, 0);
        Path leftOver = Files.createDirectories(out.resolve(".build-killed"));
        Files.writeString(leftOver.resolve("csto-kg.nq"), "half a dump\n");

        FactChunks facts = FactChunks.scan(data, ONTOLOGY);
        Files.writeString(files.get(1), Files.readString(files.get(1)) + "\n# edited\n");
        StreamingBuild build = new StreamingBuild(facts, QC, VoidDescription.create(), 1, 0, 2);
        assertThatThrownBy(() -> new StoreBuilder(out).build(build, new BuildStamp("edited")))
                .isInstanceOf(KgException.class).hasMessageContaining(files.get(1).toString())
                .hasMessageContaining("changed while the build was reading it");
        try (KgStore store = KgStore.open(out)) {
            assertThat(store.directory()).isEqualTo(served);
        }
        assertThat(out).isDirectoryNotContaining("glob:**/.build-*").isDirectoryNotContaining("glob:**/.staging-*");
    }

    @Test
    void checkedInChunksOfOneFileTheViolationsAreThoseOfTheWholeGraph() throws IOException {
        Path data = temp.resolve("corpus");
        CorpusGenerator.create().files(3).seed(9).out(data).generate();
        // Flags the shared states (defined in the first file, referred to by all) and every article:
        // nodes that other chunks see only through their context.
        Path qc = qcWith("states-and-articles.rq", """
                PREFIX kg: <https://w3id.org/csto-kg/ontology#>
                SELECT ?focus WHERE { { ?focus a kg:State } UNION { ?focus a kg:Article } } ORDER BY ?focus""");
        FactChunks facts = FactChunks.scan(data, ONTOLOGY);
        ChunkCheck check = new ChunkCheck(facts, qc);
        Set<String> chunked = new HashSet<>();
        for (List<Path> group : facts.groups(1)) {
            check.check(facts.map(group)).forEach(v -> assertThat(chunked.add(v.check() + " " + v.focusNode()))
                    .as("reported once: %s", v).isTrue());
        }
        Set<String> whole = new HashSet<>();
        new Validator(qc).validate(GraphBuilder.create().dataDir(data).ontologyDir(ONTOLOGY).build())
                .violations().forEach(v -> whole.add(v.check() + " " + v.focusNode()));
        assertThat(whole).hasSizeGreaterThan(3);
        assertThat(chunked).isEqualTo(whole);
    }

    /** The project's QC queries and one more, in a folder of their own. */
    private Path qcWith(String name, String query) throws IOException {
        Path qc = Files.createDirectories(temp.resolve("qc"));
        try (Stream<Path> queries = Files.list(QC)) {
            for (Path q : queries.toList()) Files.copy(q, qc.resolve(q.getFileName()));
        }
        Files.writeString(qc.resolve(name), query);
        return qc;
    }

    private static boolean assertedAnywhere(DatasetGraph dsg, Triple t) {
        return dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext();
    }

    private static Node object(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Node integer(Object n) {
        return NodeFactory.createLiteralDT(n.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    /** Rows of (?k as a node, ?n as a long); ?k absent for a single count. */
    private static List<Object[]> sparql(Dataset dataset, String query) {
        List<Object[]> rows = new java.util.ArrayList<>();
        try (var exec = org.apache.jena.query.QueryExecution.dataset(dataset).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> rows.add(new Object[] {
                    row.contains("k") ? row.get("k").asNode() : null, row.getLiteral("n").getLong()}));
        }
        return rows;
    }

    /** Every class and property partition of a VoID description with its count, as "IRI count" lines. */
    private static Set<String> partitions(Graph description) {
        Set<String> out = new HashSet<>();
        for (Node[] kind : new Node[][] {{VOID.classPartition.asNode(), VOID._class.asNode(), VOID.entities.asNode()},
                {VOID.propertyPartition.asNode(), VOID.property.asNode(), VOID.triples.asNode()}}) {
            description.find(Node.ANY, kind[0], Node.ANY).forEachRemaining(t -> out.add(
                    object(description, t.getObject(), kind[1]) + " " + object(description, t.getObject(), kind[2])));
        }
        return out;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(copy::add);
        return copy;
    }

    private static Graph graph(DatasetGraph dsg, String name) {
        return dsg.getGraph(NodeFactory.createURI(name));
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static List<String> plus(Set<String> names, String name) {
        List<String> all = new ArrayList<>(names);
        all.add(name);
        return all;
    }
}
