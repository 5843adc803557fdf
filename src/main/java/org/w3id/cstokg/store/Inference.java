package org.w3id.cstokg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
     * out as inferred here (the inferred graph then repeats it).
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
