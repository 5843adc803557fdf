package org.w3id.cstokg.query;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.cstokg.store.TextIndexing;

/**
 * The dataset as the SPARQL endpoint serves it, read from the TriG dump: every named graph (the
 * inferred and VoID ones included), their union as the default graph, and a text index filled
 * as the store's is, held in memory. Usage: {@code QueryRunner.run(query, ServedDataset.read(trig), format, out)}.
 */
public final class ServedDataset {
    private ServedDataset() {}

    /** Reads a TriG or N-Quads dump written by the build. */
    public static Dataset read(Path dump) {
        DatasetGraph named = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(named, dump.toString());
        Dataset view = UnionView.of(DatasetFactory.wrap(named));
        return DatasetFactory.wrap(TextIndexing.wrapInMemory(view.asDatasetGraph(), named.find()));
    }
}
