package org.w3id.cstokg.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.build.StreamingBuild;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KgDataset;

/**
 * A full build counts its entities from the subjects it sent to the store that are not entities
 * ({@link NonEntitySubjects}) instead of reading every subject from the node table: the count its
 * VoID description states is the one the reading scan gives on the store it built.
 */
class TestStreamedEntityCount {
    @TempDir
    Path temp;

    @Test
    void theRealGraphStatesTheScannedEntityCount() {
        Path out = temp.resolve("out");
        build(Path.of("data"), out, 10_000_000);
        assertStatedEqualsScanned(out);
    }

    @Test
    void aSyntheticCorpusInChunksStatesTheScannedEntityCount() {
        Path data = temp.resolve("corpus");
        CorpusGenerator.create().files(6).seed(15).out(data).generate();
        Path out = temp.resolve("out");
        build(data, out, 1);
        assertStatedEqualsScanned(out);
    }

    private static void build(Path data, Path out, long chunkBytes) {
        FactChunks facts = FactChunks.scan(data, Path.of("ontology"));
        assertThat(facts.errors()).isEmpty();
        VoidDescription.Builder description = VoidDescription.create()
                .sparqlEndpoint("http://localhost:3030/csto/sparql").downloadBase("http://localhost:3030/dumps/");
        StreamingBuild build = new StreamingBuild(facts, Path.of("queries", "qc"), description, chunkBytes, 0, 2);
        new StoreBuilder(out).build(build, new BuildStamp("test"));
    }

    private static void assertStatedEqualsScanned(Path out) {
        try (KgStore store = KgStore.open(out)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                Node voidGraph = NodeFactory.createURI(Graphs.VOID);
                Graph description = dsg.getGraph(voidGraph);
                long scanned = DatasetStatistics.ofStore(dsg, voidGraph).plus(description, dsg).entities();
                var stated = description.find(NodeFactory.createURI(KgDataset.DATASET), VOID.entities.asNode(), Node.ANY)
                        .mapWith(Triple::getObject).toList();
                assertThat(stated).hasSize(1);
                assertThat(scanned).isGreaterThan(1000);
                assertThat(((Number) stated.get(0).getLiteralValue()).longValue()).isEqualTo(scanned);
            });
        }
    }
}
