package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.vocab.Graphs;

/**
 * {@link Inference#dropStated} on TDB2 (one scan of the SPOG index) deletes from the inferred graph
 * exactly the triples another graph states: a named graph other than the VoID one, or the default
 * graph. Checked against the same rule applied quad by quad in memory, on random datasets whose
 * few nodes make many triples shared between graphs, adjacent in index order, and first or last.
 */
class TestDropStated {

    private static final Node INFERRED = NodeFactory.createURI(Graphs.INFERRED);
    private static final Node VOID = NodeFactory.createURI(Graphs.VOID);
    private static final List<Node> GRAPHS = List.of(INFERRED, INFERRED, VOID, Quad.defaultGraphIRI,
            NodeFactory.createURI("http://example.org/g1"), NodeFactory.createURI("http://example.org/g2"));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void deletesExactlyTheInferredTriplesAnotherGraphStates(long seed) {
        Random random = new Random(seed);
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Dataset tdb = TDB2Factory.createDataset();
        for (int i = 0; i < 400; i++) {
            Quad q = Quad.create(GRAPHS.get(random.nextInt(GRAPHS.size())), node(random, "s", 4), node(random, "p", 3),
                    random.nextBoolean() ? node(random, "o", 4) : NodeFactory.createLiteralString("o" + random.nextInt(3)));
            expected.add(q);
            Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().add(q));
        }
        Set<Triple> shouldGo = new HashSet<>();
        expected.find(INFERRED, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (Iter.anyMatch(expected.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject()),
                    other -> !other.getGraph().equals(INFERRED) && !other.getGraph().equals(VOID))) {
                shouldGo.add(q.asTriple());
            }
        });
        Set<Triple> inferredBefore = Txn.calculateRead(tdb, () -> tdb.asDatasetGraph().getGraph(INFERRED).find().toSet());
        assertThat(shouldGo).as("the case has triples to drop and triples to keep").isNotEmpty().isNotEqualTo(inferredBefore);

        long dropped = Txn.calculateWrite(tdb, () -> Inference.dropStated(tdb.asDatasetGraph()));

        Set<Triple> inferredAfter = Txn.calculateRead(tdb, () -> tdb.asDatasetGraph().getGraph(INFERRED).find().toSet());
        Set<Triple> kept = new HashSet<>(inferredBefore);
        kept.removeAll(shouldGo);
        assertThat(inferredAfter).isEqualTo(kept);
        assertThat(dropped).isEqualTo(shouldGo.size());
    }

    @Test
    void aStatedTripleLastInTheScanIsDroppedToo() {
        Dataset tdb = TDB2Factory.createDataset();
        Node g1 = GRAPHS.get(4), p = NodeFactory.createURI("http://example.org/p"), o = NodeFactory.createURI("http://example.org/o");
        List<Quad> quads = List.of(
                Quad.create(g1, node("s1"), p, o), Quad.create(INFERRED, node("s1"), p, o),
                Quad.create(INFERRED, node("s2"), p, o),
                Quad.create(VOID, node("s3"), p, o), Quad.create(INFERRED, node("s3"), p, o),
                Quad.create(Quad.defaultGraphIRI, node("s4"), p, o), Quad.create(INFERRED, node("s4"), p, o),
                // a new subject is a new node with the largest identifier: its triple's run is the scan's last
                Quad.create(INFERRED, node("s5"), p, o), Quad.create(g1, node("s5"), p, o));
        Txn.executeWrite(tdb, () -> quads.forEach(tdb.asDatasetGraph()::add));

        long dropped = Txn.calculateWrite(tdb, () -> Inference.dropStated(tdb.asDatasetGraph()));

        Set<Triple> kept = Txn.calculateRead(tdb, () -> tdb.asDatasetGraph().getGraph(INFERRED).find().toSet());
        assertThat(kept).containsExactlyInAnyOrder(Triple.create(node("s2"), p, o), Triple.create(node("s3"), p, o));
        assertThat(dropped).isEqualTo(3);
    }

    private static Node node(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Node node(Random random, String prefix, int choices) {
        return NodeFactory.createURI("http://example.org/" + prefix + random.nextInt(choices));
    }
}
