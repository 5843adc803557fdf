package org.w3id.cstokg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * A child process for {@code TestCrashSafeRebuild}: builds a large store (a generated graph of
 * {@code args[1]} labelled resources) under {@code args[0]}, slowly enough to be killed half-way.
 * Usage: {@code java -cp <test classpath> org.w3id.cstokg.store.LargeBuildChild ROOT COUNT}
 */
public final class LargeBuildChild {
    private LargeBuildChild() {}

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Dataset ds = DatasetFactory.createTxnMem();
        Node graph = NodeFactory.createURI("https://example.org/graph/large");
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (int i = 0; i < count; i++) {
                Node s = NodeFactory.createURI("https://example.org/large/" + i);
                dsg.add(graph, s, RDFS.label.asNode(), NodeFactory.createLiteralString("Resource number " + i));
                dsg.add(graph, s, RDFS.comment.asNode(), NodeFactory.createLiteralString("Comment " + i));
            }
        });
        new StoreBuilder(root).build(ds, new BuildStamp("large-" + count));
    }
}
