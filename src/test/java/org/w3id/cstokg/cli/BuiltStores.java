package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.synthetic.CorpusGenerator;

/**
 * Builds of generated corpora and comparisons of what they built, for the tests of incremental
 * builds and of {@code kg serve --watch}: the same quads in every graph, the same text-search answers.
 */
final class BuiltStores {
    static final Path QC = Path.of("queries", "qc");
    /** Searches whose answers must not depend on how the store was built. */
    static final List<String> SEARCHES = List.of("Renamed", "Organization", "\"Syn 00002\"", "\"Syn 00005\"",
            "\"Syn 00007\"", "Official", "Petrova", "Force");

    private BuiltStores() {}

    /** Builds {@code data} into {@code out}; says whether it was an incremental build. */
    static boolean build(Path data, Path qc, Path out, boolean full, PrintStream err) {
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        GraphPipeline pipeline = new GraphPipeline(sources, qc, BuildCommand.DEFAULT_BASE_URL, err, GraphPipeline.WHOLE_GRAPH_LIMIT, full);
        new StoreBuilder(out).build(pipeline, BuildStamp.of(List.of(data, sources.ontology)));
        return pipeline.builtIncrementally();
    }


    /** Six generated files in {@code data}, and a seventh beside it to add later. */
    static Path corpus(Path temp) throws IOException {
        Path generated = temp.resolve("generated");
        CorpusGenerator.create().files(7).seed(5).out(generated).generate();
        Path data = Files.createDirectories(temp.resolve("data"));
        for (int i = 1; i <= 6; i++) Files.copy(generated.resolve(name(i)), data.resolve(name(i)));
        return data;
    }

    static String name(int i) {
        return "syn-0000" + i + ".yaml";
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }


    /** The RDF dumps of the two folders hold the same graphs ({@link #assertSameGraphs}). */
    static void assertSameDumps(Path actual, Path expected) {
        for (Format f : List.of(Format.NQ, Format.TRIG, Format.NT, Format.TTL, Format.JSONLD)) {
            DatasetGraph a = DatasetGraphFactory.createGeneral();
            DatasetGraph e = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(a, actual.resolve(f.fileName()).toString());
            RDFDataMgr.read(e, expected.resolve(f.fileName()).toString());
            assertSameGraphs(a, e, f.fileName());
        }
    }

    /** Every graph of both holds the same triples; the VoID graphs but for their creation time. */
    static void assertSameGraphs(DatasetGraph actual, DatasetGraph expected, String what) {
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
    static Graph comparable(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(DCTerms.created.asNode())) copy.add(t);
        });
        return copy;
    }

    static List<String> names(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        return copy;
    }


    /** The subjects text:query finds, sorted, repeats kept. */
    static List<String> search(Dataset dataset, String words) {
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
