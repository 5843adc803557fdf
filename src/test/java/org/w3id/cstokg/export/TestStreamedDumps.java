package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed dumps are cut into one segment per graph: segments copied from another generation's
 * files and segments written anew make files that parse to the dataset, blank nodes shared between
 * segments included; an index that does not fit its files is not used.
 */
class TestStreamedDumps {
    private static final String EX = "https://example.org/";
    @TempDir Path temp;

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new java.io.StringReader("@prefix ex: <" + EX + "> .\n" + turtle), null, org.apache.jena.riot.Lang.TURTLE);
        return g;
    }

    private static Node name(String local) {
        return NodeFactory.createURI(EX + "graph/" + local);
    }

    private static DumpSegments write(Path dir, DatasetGraph dataset) throws IOException {
        Files.createDirectories(dir);
        try (StreamedDumps dumps = StreamedDumps.open(dir, PrefixMapping.Factory.create().setNsPrefix("ex", EX))) {
            for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                dumps.graph(g, dataset.getGraph(g));
            }
            dumps.finish();
            return dumps.segments();
        }
    }

    @Test
    void copiedAndNewSegmentsParseToTheDatasetWithItsBlankNodes() throws IOException {
        Node shared = NodeFactory.createBlankNode();
        DatasetGraph before = DatasetGraphFactory.createGeneral();
        before.addGraph(name("a"), graph("ex:a ex:p \"one\" ; ex:q ex:b ."));
        before.addGraph(name("b"), graph("ex:b ex:p [ ex:q 1 ] ."));
        before.add(name("c"), shared, NodeFactory.createURI(EX + "p"), NodeFactory.createURI(EX + "a"));
        before.add(name("d"), NodeFactory.createURI(EX + "d"), NodeFactory.createURI(EX + "p"), shared);
        DumpSegments old = write(temp.resolve("old"), before);
        assertThat(old.segments()).hasSize(4);
        assertThat(old.fits(temp.resolve("old"))).isTrue();

        DatasetGraph after = DatasetGraphFactory.createGeneral();
        for (String kept : new String[] {"b", "c", "d"}) after.addGraph(name(kept), before.getGraph(name(kept)));
        after.addGraph(name("a"), graph("ex:a ex:p \"two\" ."));
        Path dir = Files.createDirectories(temp.resolve("new"));
        try (StreamedDumps dumps = StreamedDumps.open(dir, PrefixMapping.Factory.create().setNsPrefix("ex", EX))) {
            for (DumpSegments.Segment s : old.segments()) {
                if (!s.graph().equals(name("a").getURI())) dumps.copy(temp.resolve("old"), s);
            }
            dumps.graph(name("a"), after.getGraph(name("a")));
            dumps.finish();
        }
        for (Format f : StreamedDumps.FORMATS) {
            DatasetGraph read = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(read, dir.resolve(f.fileName()).toString());
            if (f == Format.NQ || f == Format.TRIG) {
                assertThat(IsoMatcher.isomorphic(read, after)).as(f.fileName()).isTrue();
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                after.find().forEachRemaining(q -> union.add(q.asTriple()));
                assertThat(IsoMatcher.isomorphic(read.getDefaultGraph(), union)).as(f.fileName()).isTrue();
            }
        }
    }

    @Test
    void dumpsSyncedAsTheyGoAreTheSameBytesAndCancelledDumpsStopAtTheNextGraph() throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        for (int g = 0; g < 5; g++) {
            Graph graph = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 200; i++) {
                graph.add(NodeFactory.createURI(EX + "s" + i), NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("value " + g + " " + i));
            }
            dataset.addGraph(name("g" + g), graph);
        }
        DumpSegments plain = write(temp.resolve("plain"), dataset);
        Path synced = Files.createDirectories(temp.resolve("synced"));
        try (StreamedDumps dumps = StreamedDumps.open(synced, PrefixMapping.Factory.create().setNsPrefix("ex", EX)).syncEvery(1_000)) {
            for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                dumps.graph(g, dataset.getGraph(g));
            }
            dumps.finish();
        }
        for (Format f : StreamedDumps.FORMATS) {
            assertThat(Files.mismatch(temp.resolve("plain").resolve(f.fileName()), synced.resolve(f.fileName())))
                    .as("%s synced every 1,000 bytes", f.fileName()).isEqualTo(-1L);
        }

        Path cancelled = Files.createDirectories(temp.resolve("cancelled"));
        boolean[] stop = {false};
        try (StreamedDumps dumps = StreamedDumps.open(cancelled, PrefixMapping.Factory.create().setNsPrefix("ex", EX))
                .cancelledWhen(() -> stop[0])) {
            dumps.copy(temp.resolve("plain"), plain.segments().get(0));
            stop[0] = true;
            assertThatThrownBy(() -> dumps.copy(temp.resolve("plain"), plain.segments().get(1)))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThatThrownBy(() -> dumps.graph(name("g2"), dataset.getGraph(name("g2"))))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        Graph large = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 70_000; i++) large.add(NodeFactory.createURI(EX + "s" + i), NodeFactory.createURI(EX + "p"), NodeFactory.createURI(EX + "o"));
        int[] asked = {0};
        try (StreamedDumps dumps = StreamedDumps.open(Files.createDirectories(temp.resolve("inside")),
                PrefixMapping.Factory.create().setNsPrefix("ex", EX)).cancelledWhen(() -> ++asked[0] > 1)) {
            assertThatThrownBy(() -> dumps.graph(name("large"), large)).as("cancelled inside a graph of 70,000 triples")
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        assertThat(asked[0]).as("asked when the graph began and after 65,536 triples").isEqualTo(2);
    }

    @Test
    void anIndexThatDoesNotFitItsFilesIsNotUsed() throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(name("a"), graph("ex:a ex:p \"one\" ."));
        Path dir = temp.resolve("cut");
        DumpSegments index = write(dir, dataset);
        index.write(dir.resolve("manifest"));
        assertThat(DumpSegments.read(dir.resolve("manifest")).orElseThrow().fits(dir)).isTrue();
        try (FileChannel nt = FileChannel.open(dir.resolve(Format.NT.fileName()), StandardOpenOption.WRITE)) {
            nt.truncate(nt.size() - 1);
        }
        assertThat(DumpSegments.read(dir.resolve("manifest")).orElseThrow().fits(dir)).isFalse();
    }

    @Test
    void nTriplesAndNQuadsLinesAreJenasOwnByteForByte() throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(name("a"), graph("ex:a ex:p \"one\" , \"é \\\" ü\"@fr , 2 , 3.5 ; ex:q ex:b , <" + EX + "x%20y> ."));
        dataset.addGraph(name("b"), graph("ex:b ex:p ex:a ; ex:r \"line\\nbreak\" ."));
        Path dir = temp.resolve("bytes");
        write(dir, dataset);
        java.io.ByteArrayOutputStream quads = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(quads, dataset, org.apache.jena.riot.Lang.NQUADS);
        java.io.ByteArrayOutputStream triples = new java.io.ByteArrayOutputStream();
        for (var it = dataset.listGraphNodes(); it.hasNext(); ) RDFDataMgr.write(triples, dataset.getGraph(it.next()), org.apache.jena.riot.Lang.NTRIPLES);
        assertThat(Files.readString(dir.resolve(Format.NQ.fileName()))).isEqualTo(quads.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("@fr");
        assertThat(Files.readString(dir.resolve(Format.NT.fileName()))).isEqualTo(triples.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
