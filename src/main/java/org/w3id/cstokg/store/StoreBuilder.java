package org.w3id.cstokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new generation (TDB2 store, text index, and the files the source writes beside them:
 * dumps, checksums, VoID) in a staging folder with Jena's bulk loader (the phased one,
 * {@code tdb2.tdbloader}'s default) fed by a {@link GraphSource}; stamps it, renames it to
 * {@code gen-*}, and makes it current with one atomic rename of the {@code current} link; then
 * deletes the older generations no process has open. A build that fails, is killed or gets SIGTERM
 * leaves the served generation untouched. Usage:
 * {@code new StoreBuilder(Path.of("target/kg")).build(source, BuildStamp.of(folders))}.
 */
public final class StoreBuilder {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");
    private static final List<String> OWN_FILES = List.of("stamp.txt", ".serving.lock");
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
     * Loads what {@code source} streams into a new generation stamped with {@code stamp}, makes it
     * current, tells the source ({@link GraphSource#committed}) and returns its folder. If anything
     * fails before the switch, the staging folder is deleted, the source is told
     * ({@link GraphSource#abandoned}) and the exception passes on; after the switch, the new
     * generation stays current whatever happens to the clean-up of older ones.
     */
    public Path build(GraphSource source, BuildStamp stamp) {
        boolean newRoot = !Files.exists(layout.root());
        try (BuildLock lock = BuildLock.take(layout.root())) {
            StoreCleanup.cleanLocked(layout);
            Path generation = buildLocked(source, stamp, newRoot);
            try {
                source.committed();
            } catch (IOException e) {
                throw new StoreException("Built and switched to " + generation + ", but then: " + e.getMessage(), e);
            }
            return generation;
        } catch (IOException e) {
            throw new StoreException("Cannot build the store in " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    private Path buildLocked(GraphSource source, BuildStamp stamp, boolean newRoot) throws IOException {
        Path staging = layout.newStaging();
        Path generation = layout.generationOf(staging);
        StagingGuard guard = StagingGuard.install(staging);
        try {
            Files.createDirectories(StoreLayout.tdb2(staging));
            Files.createDirectories(StoreLayout.lucene(staging));
            BuildStep.reached("started");
            source.begin(staging);
            Optional<Path> current = layout.currentStore();
            boolean updated = false;
            if (source.startsFrom(current)) {
                copyStore(current.orElseThrow(), staging);
                updated = update(source, staging);
                if (!updated) {
                    for (Path copy : List.of(StoreLayout.tdb2(staging), StoreLayout.lucene(staging))) {
                        StoreCleanup.deleteTree(copy);
                        Files.createDirectories(copy);
                    }
                }
            }
            if (!updated) write(source, staging);
            BuildStep.reached("store-closed");
            stamp.write(StoreLayout.stamp(staging));
            BuildStep.reached("stamped");
            guard.finish(() -> Files.move(staging, generation, StandardCopyOption.ATOMIC_MOVE));
            BuildStep.reached("renamed");
            linkFiles(generation);
            BuildStep.reached("linked");
            switchTo(generation);
            BuildStep.reached("switched");
        } catch (IOException e) {
            abandon(source, staging, newRoot);
            throw new StoreException("Cannot build the store in " + staging + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            abandon(source, staging, newRoot);
            throw e;
        } finally {
            guard.remove();
        }
        try {
            StoreCleanup.deleteUnused(layout, Optional.empty());
        } catch (IOException e) {
            LOG.warn("Built and switched to {}, but could not delete the older stores: {}", generation, e.getMessage());
        }
        BuildStep.reached("cleaned");
        return generation;
    }

    /** Bulk-loads the stream, filling the text index on the way, then lets the source add to the store. */
    private static void write(GraphSource source, Path store) throws IOException {
        withStore(store, LoadingParams.params(), (tdb, index) -> load(source, store, tdb, index));
        LoadingParams.forget(StoreLayout.tdb2(store));
    }

    /** Opens the store and text index in {@code store}, runs {@code work}, and closes both whatever happens. */
    private static void withStore(Path store, StoreWork work) throws IOException {
        withStore(store, null, work);
    }

    /** {@link #withStore(Path, StoreWork)} with TDB2 parameters for a new store, or {@code null} for TDB2's. */
    private static void withStore(Path store, StoreParams params, StoreWork work) throws IOException {
        String location = StoreLayout.tdb2(store).toString();
        DatasetGraph tdb = params == null ? DatabaseMgr.connectDatasetGraph(location) : DatabaseMgr.connectDatasetGraph(location, params);
        try {
            TextIndex index = TextIndexing.open(StoreLayout.lucene(store));
            try {
                work.run(tdb, index);
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
        BuildStep.reached("bulk-loaded");
        DatasetGraph indexed = TextDatasetFactory.create(tdb, index, false);
        Txn.executeWrite(indexed, () -> {
            try {
                source.loaded(indexed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BuildStep.reached("described");
        LOG.info("Built store {}: {} quads sent to the bulk loader, {} text index entries",
                store, loader.countQuads() + loader.countTriples(), quads.indexed());
    }

    /**
     * Copies the store and text index of {@code from} into the staging folder, without their lock
     * files (a server may hold the original's): the start of an incremental build.
     */
    private static void copyStore(Path from, Path staging) throws IOException {
        long start = System.nanoTime();
        for (Path folder : List.of(StoreLayout.tdb2(from), StoreLayout.lucene(from))) {
            Path to = staging.resolve(from.relativize(folder));
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.toList()) {
                    String name = p.getFileName().toString();
                    if (name.equals("tdb.lock") || name.equals("write.lock")) continue;
                    Path target = to.resolve(folder.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        BuildStep.reached("copied");
        LOG.info("Copied the store and text index of {} in {} ms", from.getFileName(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Lets the source change the copied store in one write transaction, its text index committed
     * with it; false if the source found that a full build is due after all.
     */
    private static boolean update(GraphSource source, Path store) throws IOException {
        boolean[] updated = {false};
        withStore(store, (tdb, index) -> {
            Txn.executeWrite(tdb, () -> {
                try {
                    updated[0] = source.update(tdb, index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                index.prepareCommit();
            });
            index.commit();
        });
        if (updated[0]) BuildStep.reached("described");
        return updated[0];
    }

    /** Deletes a staging folder that was not finished, and the root folder if this build made it and only the lock is left. */
    private void abandon(GraphSource source, Path staging, boolean newRoot) {
        try {
            source.abandoned();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not clean up after the failed build: {}", e.getMessage());
        }
        try {
            StoreCleanup.deleteTree(staging);
            if (newRoot) {
                try (Stream<Path> left = Files.list(layout.root())) {
                    if (left.allMatch(p -> p.getFileName().toString().equals(StoreLayout.BUILD_LOCK))) {
                        Files.deleteIfExists(layout.root().resolve(StoreLayout.BUILD_LOCK));
                        Files.delete(layout.root());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the abandoned store {}: {}", staging, e.getMessage());
        }
    }

    /**
     * Gives every file the source wrote into the generation a link {@code root/NAME -> current/NAME},
     * so that the root's file names switch with {@code current}; a file of an earlier version
     * there is replaced by the link (atomically).
     */
    private void linkFiles(Path generation) throws IOException {
        List<String> names;
        try (Stream<Path> list = Files.list(generation)) {
            names = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !OWN_FILES.contains(n)).sorted().toList();
        }
        Path target = Path.of(StoreLayout.CURRENT);
        for (String name : names) {
            Path link = layout.root().resolve(name);
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target.resolve(name))) continue;
            Path next = layout.root().resolve(StoreLayout.TRASH_PREFIX + name + ".link");
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, target.resolve(name));
            Files.move(next, link, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Points {@code current} at {@code generation} with one atomic rename of a fresh link. */
    private void switchTo(Path generation) throws IOException {
        Path next = layout.root().resolve(StoreLayout.NEXT_LINK);
        if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) Files.delete(next);
        Files.createSymbolicLink(next, generation.getFileName());
        try {
            Files.move(next, layout.current(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("Cannot switch " + layout.current() + " atomically: " + e.getMessage(), e);
        }
    }
}
