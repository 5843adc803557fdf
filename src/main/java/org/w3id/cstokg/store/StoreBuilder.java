package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset, with its RDFS closure, into a new TDB2 store and text index built aside, then
 * swaps the {@code current} link to it in one rename and deletes the older stores. A build that
 * dies half-way leaves the served store untouched. Usage:
 * {@code new StoreBuilder(Path.of("target/kg")).build(dataset, BuildStamp.of(folders))}.
 */
public final class StoreBuilder {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");
    private final StoreLayout layout;

    /** A builder of stores under {@code root}. */
    public StoreBuilder(Path root) {
        this.layout = new StoreLayout(root);
    }

    /**
     * Adds the inferred graph to {@code source}, writes it all into a new store stamped with
     * {@code stamp}, makes that store current and returns its folder.
     */
    public Path build(Dataset source, BuildStamp stamp) {
        long inferred = Inference.materialise(source);
        Path store = layout.newStore();
        try {
            Files.createDirectories(StoreLayout.tdb2(store));
            Files.createDirectories(StoreLayout.lucene(store));
            long quads = write(source, store);
            stamp.write(StoreLayout.stamp(store));
            switchTo(store);
            LOG.info("Built store {}: {} quads ({} inferred)", store, quads, inferred);
            deleteOthers(store);
            return store;
        } catch (IOException e) {
            throw new StoreException("Cannot build the store in " + store + ": " + e.getMessage(), e);
        }
    }

    /** Copies every quad through the text wrapper, so the index is filled in the same pass. */
    private static long write(Dataset source, Path store) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(StoreLayout.tdb2(store).toString());
        DatasetGraph indexed = TextIndexing.wrap(tdb, StoreLayout.lucene(store));
        try {
            return Txn.calculateRead(source, () -> Txn.calculateWrite(indexed, () -> {
                long[] count = {0};
                source.asDatasetGraph().find().forEachRemaining(q -> {
                    indexed.add(q);
                    count[0]++;
                });
                return count[0];
            }));
        } finally {
            indexed.close();
            TDBInternal.expel(tdb);
        }
    }

    /** Points {@code current} at {@code store} with one atomic rename of a fresh link. */
    private void switchTo(Path store) throws IOException {
        Path next = layout.root().resolve(StoreLayout.CURRENT + ".next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, store.getFileName());
        try {
            Files.move(next, layout.current(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("Cannot switch " + layout.current() + " atomically: " + e.getMessage(), e);
        }
    }

    private void deleteOthers(Path keep) throws IOException {
        for (Path old : layout.stores()) {
            if (!old.equals(keep)) {
                deleteTree(old);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
