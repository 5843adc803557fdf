package org.w3id.cstokg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The benchmarks' baseline: a plain Fuseki with one SPARQL query service at {@code /csto/sparql}
 * over a TDB2 folder, union default graph as {@code kg serve} has, and nothing else (no text
 * index, UI, Linked Data pages, request log or timeout).
 * Usage (after {@code ./mvnw package}):
 * {@code java -cp target/csto-kg.jar:target/test-classes org.w3id.cstokg.bench.BareFuseki PORT TDB2-DIR}
 */
public final class BareFuseki {
    private BareFuseki() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BareFuseki PORT TDB2-DIR");
        }
        start(Integer.parseInt(args[0]), args[1]).join();
    }

    /** Starts the baseline server; port 0 picks a free one. */
    public static FusekiServer start(int port, String tdb2Dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2Dir);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return FusekiServer.create().fusekiModules(FusekiModules.empty()).port(port).loopback(true)
                .addDataset("/csto", dsg).addEndpoint("/csto", "sparql", Operation.Query)
                .build().start();
    }
}
