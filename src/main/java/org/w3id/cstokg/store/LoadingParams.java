package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.tdb2.params.StoreParams;

/**
 * The TDB2 parameters a full build creates its store with: TDB2's defaults, but a smaller cache
 * from node identifiers to nodes. The bulk loader puts every node it allocates into that cache
 * and never reads it (it works on identifiers); at TDB2's default size, 1,000,000 nodes, the
 * cache held about 200 MB of the heap at N = 1,000, which left the loader's index phase
 * collecting garbage in a 1 GB heap. After the load, the build reads nodes by identifier for the
 * dump of the inferred graph (about 615,000 triples at N = 1,000, read in subject order) and for
 * VoID's properties, classes and graphs (docs/benchmarks.md has the times).
 * <p>
 * TDB2 records the parameters a store is created with in its {@code tdb.cfg}, and uses them
 * whenever the store is opened; {@link #forget} deletes that file once the store is built, so it
 * is served with TDB2's defaults. Cache sizes are the parameters TDB2 lets change from one opening
 * to the next; the files are those of a store created with the defaults.
 */
final class LoadingParams {
    /** Nodes the build keeps by identifier: TDB2's default is 1,000,000. */
    static final int NODE_ID_TO_NODE_CACHE = 100_000;

    private LoadingParams() {}

    static StoreParams params() {
        return StoreParams.builder("csto-kg build", StoreParams.getDftStoreParams())
                .nodeId2NodeCacheSize(NODE_ID_TO_NODE_CACHE).build();
    }

    /** Deletes the parameters TDB2 recorded in the store in {@code tdb2} (closed) when it was created with {@link #params}. */
    static void forget(Path tdb2) throws IOException {
        try (Stream<Path> walk = Files.walk(tdb2)) {
            List<Path> recorded = walk.filter(p -> p.getFileName().toString().equals(Names.TDB_CONFIG_FILE)).toList();
            for (Path p : recorded) Files.delete(p);
        }
    }
}
