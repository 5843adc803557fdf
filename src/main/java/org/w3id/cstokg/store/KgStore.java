package org.w3id.cstokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current store opened for reading: TDB2 with its text index (Lucene opened on first use), and a
 * default graph that is the union of the named graphs. Usage: {@code try (KgStore store = KgStore.open(root)) { store.dataset() ... }}
 */
public final class KgStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");
    private final Path directory;
    private volatile BuildStamp stamp;
    private final DatasetGraph tdb;
    private final DatasetGraph indexed;
    private final ServingLock lock;

    private KgStore(Path directory, BuildStamp stamp, DatasetGraph tdb, DatasetGraph indexed, ServingLock lock) {
        this.lock = lock;
        this.directory = directory;
        this.stamp = stamp;
        this.tdb = tdb;
        this.indexed = indexed;
    }

    /** The stamp of the current store under {@code root}, if there is a complete one. */
    public static Optional<BuildStamp> currentStamp(Path root) {
        return new StoreLayout(root).currentStore().flatMap(store -> BuildStamp.read(StoreLayout.stamp(store)));
    }

    /**
     * Opens the current store under {@code root}, first rebuilding it from {@code source} when it
     * is missing or was built from sources other than {@code sources}.
     */
    public static KgStore openOrBuild(Path root, BuildStamp sources, GraphSource source) throws IOException {
        StoreCleanup.clean(root);
        Optional<BuildStamp> built = currentStamp(root);
        boolean edited = new StoreLayout(root).currentStore().filter(StoreLayout::hasLiveEdits).isPresent();
        if (edited) {
            LOG.info("Store {} was changed by kg serve --watch, which stopped before its files were written again: "
                    + "building it from scratch", root);
            new StoreBuilder(root).build(source, sources);
        } else if (built.isPresent() && built.get().equals(sources)) {
            LOG.info("Store {} is up to date with the sources", root);
        } else {
            LOG.info("Store {} is {}: building it", root, built.isPresent() ? "out of date" : "missing");
            new StoreBuilder(root).build(source, sources);
        }
        return open(root);
    }

    /**
     * Opens the generation {@code root/current} points to, holding its {@link ServingLock} until
     * {@link #close}, so that no build deletes it meanwhile.
     */
    public static KgStore open(Path root) {
        for (int attempt = 0; ; attempt++) {
            Path store = new StoreLayout(root).currentStore()
                    .orElseThrow(() -> new StoreException("No store in " + root + ": build one first"));
            ServingLock lock;
            try {
                lock = ServingLock.hold(store);
            } catch (IOException e) {
                // a build deleted it between reading the link and locking it: read the link again
                if (attempt < 3) continue;
                throw new StoreException("Cannot open the store " + store + ": " + e.getMessage(), e);
            }
            if (!Files.isDirectory(store) && attempt < 3) {
                release(lock);
                continue;
            }
            try {
                return open(store, lock);
            } catch (RuntimeException e) {
                release(lock);
                throw e;
            }
        }
    }

    private static KgStore open(Path store, ServingLock lock) {
        BuildStamp stamp = BuildStamp.read(StoreLayout.stamp(store))
                .orElseThrow(() -> new StoreException("Incomplete store " + store + ": it has no stamp"));
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(StoreLayout.tdb2(store).toString());
        } catch (DBOpEnvException e) {
            throw new StoreException("The store " + store + " is in use by another process (stop it first, "
                    + "or serve another --db): " + e.getMessage(), e);
        }
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph indexed = TextIndexing.wrapLazily(tdb, StoreLayout.lucene(store));
        indexed.getContext().set(TDB2.symUnionDefaultGraph, true);
        KgStore opened = new KgStore(store, stamp, tdb, indexed, lock);
        if (Files.exists(store.resolve(StoreLayout.WRITING_MARKER))) opened.reindexAfterKill();
        return opened;
    }

    /**
     * Makes the text index again from the store, when the last process that could write to it was
     * killed instead of closing it: jena-text commits the store, then the index, and a kill between
     * the two leaves the index without the last update's labels.
     */
    private void reindexAfterKill() {
        LOG.warn("The store {} was left open for writes by a process that did not close it: making its text index again",
                directory);
        TextIndex index = TextIndexing.indexOf(indexed);
        Txn.executeWrite(indexed, () -> TextIndexing.reindexAll(tdb, index));
        clearWritingMarker();
    }

    /** Removes {@link StoreLayout#WRITING_MARKER}: the store and its text index agree again. */
    private void clearWritingMarker() {
        try {
            Files.deleteIfExists(directory.resolve(StoreLayout.WRITING_MARKER));
        } catch (IOException e) {
            LOG.warn("Could not clear {} in {} (the next open makes the text index again): {}",
                    StoreLayout.WRITING_MARKER, directory, e.getMessage());
        }
    }

    private static void release(ServingLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the lock on a store: {}", e.getMessage());
        }
    }

    /** The dataset to query: text-indexed, default graph = union of the named graphs. */
    public Dataset dataset() {
        return DatasetFactory.wrap(indexed);
    }

    /** The generation folder (a {@code gen-<timestamp>} under the root), with the store and its dumps. */
    public Path directory() {
        return directory;
    }

    /**
     * Records in the generation that it is about to be served with writes enabled, so that the next
     * build does not start from a copy of it ({@link StoreLayout#wasWritable}) but from the facts alone.
     */
    public void allowWrites() {
        try {
            Path marker = directory.resolve(StoreLayout.WRITES_MARKER);
            if (!Files.exists(marker)) Files.createFile(marker);
            Path writing = directory.resolve(StoreLayout.WRITING_MARKER);
            if (!Files.exists(writing)) Files.createFile(writing);
        } catch (IOException e) {
            throw new StoreException("Cannot mark the store " + directory + " as written: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on the TDB2 store and its text index (opened now if it was not yet) in one
     * write transaction of the served dataset, which commits the index with the store, or neither:
     * queries running meanwhile see the store as it was until the commit.
     */
    public void update(StoreWork work) throws IOException {
        TextIndex index = TextIndexing.indexOf(indexed);
        try {
            Txn.executeWrite(indexed, () -> {
                try {
                    work.run(tdb, index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What is read from the TDB2 store in a read transaction. */
    @FunctionalInterface
    public interface Reading<T> {
        T run(DatasetGraph tdb) throws IOException;
    }

    /**
     * Runs {@code work} on the TDB2 store in one read transaction: it sees the store as it was when
     * the transaction began, whatever writes commit meanwhile.
     */
    public <T> T read(Reading<T> work) throws IOException {
        try {
            return Txn.calculateRead(indexed, () -> {
                try {
                    return work.run(tdb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Records that the store now holds what {@code sources} state (after {@code kg serve --watch} changed it in place). */
    public void restamp(BuildStamp sources) throws IOException {
        sources.write(StoreLayout.stamp(directory));
        stamp = sources;
    }

    /** The stamp of the sources this store was built from. */
    public BuildStamp stamp() {
        return stamp;
    }

    /** Closes the text index and releases the TDB2 database, so the folder may be deleted. */
    @Override
    public void close() {
        indexed.close();
        TDBInternal.expel(tdb);
        clearWritingMarker();
        release(lock);
    }
}
