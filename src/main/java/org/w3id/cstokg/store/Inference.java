package org.w3id.cstokg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.w3id.cstokg.vocab.Graphs;

/**
 * Materialises the RDFS closure (subclass, subproperty, domain, range) of a dataset's named
 * graphs into the named graph {@link Graphs#INFERRED}, keeping only triples not already asserted,
 * so queries need no reasoner. Usage: {@code long added = Inference.materialise(dataset);}
 */
public final class Inference {

    private Inference() {}

    /**
     * Replaces the graph {@link Graphs#INFERRED} of {@code dataset} by the entailments of all its
     * other graphs, the ontology included, and returns how many triples it now holds.
     */
    public static long materialise(Dataset dataset) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node inferredName = NodeFactory.createURI(Graphs.INFERRED);
            dsg.removeGraph(inferredName);
            Graph asserted = assertedUnion(dsg, inferredName);
            Graph inferred = entailments(asserted, RDFSFactory.setupRDFS(asserted), GraphFactory.emptyGraph());
            dsg.addGraph(inferredName, inferred);
            return (long) inferred.size();
        });
    }

    /**
     * The RDFS entailments of {@code data} under the vocabulary {@code setup} that neither
     * {@code data} nor {@code asserted} states: what one part of a larger graph adds to the
     * inferred graph. RDFS with a fixed vocabulary infers from one triple at a time, so the parts'
     * entailments together are those of the whole; a triple stated in another part may also come
     * out as inferred here (a build deletes those once it has every part: {@link #dropStated}).
     */
    public static Graph entailments(Graph data, SetupRDFS setup, Graph asserted) {
        Graph closure = RDFSFactory.graphRDFS(data, setup);
        Graph inferred = GraphFactory.createDefaultGraph();
        closure.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            if (!data.contains(t) && !asserted.contains(t)) {
                inferred.add(t);
            }
        });
        return inferred;
    }

    /**
     * Deletes from graph {@link Graphs#INFERRED} of {@code store} every triple another graph
     * states, so that it holds what the RDFS closure adds and nothing more, however the build
     * cut the graph into chunks (a chunk's entailments leave out only what that chunk states). The
     * caller holds a write transaction.
     *
     * @return how many triples were deleted
     */
    public static long dropStated(DatasetGraph store) {
        Node inferredName = NodeFactory.createURI(Graphs.INFERRED);
        List<Triple> stated = TdbStorage.under(store).map(Inference::statedInTdb).orElseGet(() -> {
            List<Triple> found = new ArrayList<>();
            store.getGraph(inferredName).find().forEachRemaining(t -> {
                if (isStated(store, t)) found.add(t);
            });
            return found;
        });
        stated.forEach(t -> store.delete(inferredName, t.getSubject(), t.getPredicate(), t.getObject()));
        return stated.size();
    }

    /**
     * {@link #dropStated}'s search on TDB2's node identifiers: one scan of all quads in TDB2's
     * full-scan order, subject-predicate-object-graph (as {@code DatasetStatistics} reads it), where
     * the graphs that hold one triple are adjacent, so a triple of the inferred graph is stated
     * elsewhere when its run holds a graph other than the inferred and VoID ones. Only the triples
     * found stated are read from the node table. The scan reads every quad, but in index order,
     * instead of one index search per inferred quad (a build's inferred graph holds hundreds of
     * thousands).
     */
    private static List<Triple> statedInTdb(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId inferred = nodes.getNodeIdForNode(NodeFactory.createURI(Graphs.INFERRED));
        NodeId voidGraph = nodes.getNodeIdForNode(NodeFactory.createURI(Graphs.VOID));
        List<Triple> stated = new ArrayList<>();
        if (NodeId.isDoesNotExist(inferred)) return stated;
        NodeTupleTable defaultGraph = tdb.getTripleTable().getNodeTupleTable();
        Predicate<Tuple<NodeId>> inDefault = defaultGraph.getTupleTable().isEmpty() ? q -> false
                : q -> inDefaultGraph(defaultGraph, q);
        NodeId any = NodeId.NodeIdAny;
        Iterator<Tuple<NodeId>> scan = quads.find(TupleFactory.tuple(any, any, any, any));
        try {
            Tuple<NodeId> run = null;          // a quad of the current run: the quads of one triple
            boolean inInferred = false, elsewhere = false;
            while (scan.hasNext()) {
                Tuple<NodeId> q = scan.next();
                if (run == null || !sameTriple(run, q)) {
                    if (inInferred && (elsewhere || inDefault.test(run))) stated.add(triple(nodes, run));
                    run = q;
                    inInferred = false;
                    elsewhere = false;
                }
                NodeId g = q.get(0);
                if (g.equals(inferred)) inInferred = true;
                else if (!g.equals(voidGraph)) elsewhere = true;
            }
            if (inInferred && (elsewhere || inDefault.test(run))) stated.add(triple(nodes, run));
        } finally {
            Iter.close(scan);
        }
        return stated;
    }

    private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
        return a.get(1).equals(b.get(1)) && a.get(2).equals(b.get(2)) && a.get(3).equals(b.get(3));
    }

    private static Triple triple(NodeTable nodes, Tuple<NodeId> q) {
        return Triple.create(nodes.getNodeForNodeId(q.get(1)), nodes.getNodeForNodeId(q.get(2)), nodes.getNodeForNodeId(q.get(3)));
    }

    /** Whether the default graph (TDB2's triple table; a build writes none) holds the triple of quad {@code q}. */
    private static boolean inDefaultGraph(NodeTupleTable triples, Tuple<NodeId> q) {
        Iterator<Tuple<NodeId>> same = triples.find(TupleFactory.tuple(q.get(1), q.get(2), q.get(3)));
        try {
            return same.hasNext();
        } finally {
            Iter.close(same);
        }
    }

    /** Whether a graph of {@code store} other than the inferred and VoID ones states {@code t}. */
    public static boolean isStated(DatasetGraph store, Triple t) {
        Iterator<Quad> quads = store.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (quads.hasNext()) {
                String g = quads.next().getGraph().getURI();
                if (!Graphs.INFERRED.equals(g) && !Graphs.VOID.equals(g)) return true;
            }
            return false;
        } finally {
            Iter.close(quads);
        }
    }

    /** Copies every graph except the inferred one into one graph. */
    private static Graph assertedUnion(DatasetGraph dsg, Node inferredName) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
            if (!quad.getGraph().equals(inferredName)) {
                union.add(quad.asTriple());
            }
        });
        return union;
    }

}
