package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.io.UncheckedIOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new TDB2 store and text index aside, with Jena's bulk loader (the phased one,
 * {@code tdb2.tdbloader}'s default) fed by a {@link GraphSource}, then swaps the {@code current}
 * link to it in one rename and deletes the older stores. A build that fails or dies half-way
 * leaves the served store untouched. Usage:
 * {@code new StoreBuilder(Path.of("target/kg")).build(source, BuildStamp.of(folders))}.
 */
public final class StoreBuilder {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");
    private final StoreLayout layout;

    /** A builder of stores under {@code root}. */
    public StoreBuilder(Path root) {
        this.layout = new StoreLayout(root);
    }

    /** Writes an in-memory dataset, with its RDFS closure, into a new current store; see {@link #build(GraphSource, BuildStamp)}. */
    public Path build(Dataset source, BuildStamp stamp) {
        return build(GraphSource.of(source), stamp);
    }

    /**
     * Loads what {@code source} streams into a new store stamped with {@code stamp}, makes that
     * store current, tells the source ({@link GraphSource#committed}) and returns its folder. If
     * anything fails before the switch, the new store is deleted, the source is told
     * ({@link GraphSource#abandoned}) and the exception passes on; after the switch, the new store
     * stays current whatever happens to the clean-up of older ones.
     */
    public Path build(GraphSource source, BuildStamp stamp) {
        Path store = layout.newStore();
        boolean newRoot = !Files.exists(layout.root());
        try {
            Files.createDirectories(StoreLayout.tdb2(store));
            Files.createDirectories(StoreLayout.lucene(store));
            write(source, store);
            stamp.write(StoreLayout.stamp(store));
            switchTo(store);
        } catch (IOException e) {
            abandon(source, store, newRoot);
            throw new StoreException("Cannot build the store in " + store + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            abandon(source, store, newRoot);
            throw e;
        }
        try {
            deleteOthers(store);
        } catch (IOException e) {
            LOG.warn("Built and switched to {}, but could not delete the older stores: {}", store, e.getMessage());
        }
        try {
            source.committed();
        } catch (IOException e) {
            throw new StoreException("Built and switched to " + store + ", but then: " + e.getMessage(), e);
        }
        return store;
    }

    /** Bulk-loads the stream, filling the text index on the way, then lets the source add to the store. */
    private static void write(GraphSource source, Path store) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(StoreLayout.tdb2(store).toString());
        try {
            TextIndex index = TextIndexing.open(StoreLayout.lucene(store));
            try {
                load(source, store, tdb, index);
            } finally {
                index.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static void load(GraphSource source, Path store, DatasetGraph tdb, TextIndex index) throws IOException {
        DataLoader loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> LOG.debug(String.format(fmt, args)));
        TextIndexingStream quads = new TextIndexingStream(loader.streamRDF(), index);
        loader.startBulk();
        try {
            quads.start();
            source.stream(quads);
            quads.finish();
            loader.finishBulk();
        } catch (IOException | RuntimeException e) {
            loader.finishException(e);
            throw e;
        } catch (Error e) {
            loader.finishException(new RuntimeException(e));
            throw e;
        }
        DatasetGraph indexed = TextDatasetFactory.create(tdb, index, false);
        Txn.executeWrite(indexed, () -> {
            try {
                source.loaded(indexed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        LOG.info("Built store {}: {} quads sent to the bulk loader, {} text index entries",
                store, loader.countQuads() + loader.countTriples(), quads.indexed());
    }

    /** Deletes a store that was not finished, and the root folder if this build made it and it is empty now. */
    private void abandon(GraphSource source, Path store, boolean newRoot) {
        try {
            source.abandoned();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not clean up after the failed build: {}", e.getMessage());
        }
        try {
            if (Files.exists(store)) deleteTree(store);
            if (newRoot) {
                try (Stream<Path> left = Files.list(layout.root())) {
                    if (left.findAny().isEmpty()) Files.delete(layout.root());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the abandoned store {}: {}", store, e.getMessage());
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
