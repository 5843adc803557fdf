package org.w3id.cstokg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.load.FileChangedWhileRead;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreCleanup;
import org.w3id.cstokg.store.StoreLayout;

/**
 * {@code kg serve --watch}: the fact files are polled, and an edit is built into the served store
 * in place, as an incremental build would build it (the same reading, checks and mapping; only the
 * files whose facts changed and those referring to them), in one write transaction: a query sees
 * the edit as soon as it commits, and never half of it. Then the generation's files (dumps, VoID,
 * checksums, manifest) are written again from the store, splicing the unchanged graphs; meanwhile the
 * generation carries {@link StoreLayout#LIVE_EDITS_MARKER}, the dumps are not served, and a server
 * stopped in between leaves a store that the next start rebuilds. An edit with errors or violations
 * is reported (file, line, column) and leaves the store as it was. The ontology, shapes and QC
 * queries are read once, at start. Usage:
 * {@code LiveEdits edits = LiveEdits.start(store, data, ontology, qc, description, limit); ... edits.close();}
 */
public final class LiveEdits implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("watch");
    /** How often the data folder is looked at. */
    static final long POLL_MILLIS = 250;
    private static final String STAGING = ".live-staging";

    private final KgStore store;
    private final Path dataDir;
    private final List<Path> stamped;
    private final Path ontologyDir;
    private final BuildStamp ontologyStamp;
    private final Path qcDir;
    private final Supplier<VoidDescription.Builder> description;
    private final long wholeGraphLimit;
    private final Thread poller;
    private FactChunks facts;
    private BuildManifest manifest;
    private volatile Map<String, String> seen;
    /** The edits built into the store whose files are not yet written again, or null. */
    private Pending pending;
    /** How many edits were served; the writer of the files starts again when it moves. */
    private volatile long servedEdits;
    /** Whether an edit is being built into the store: the files being written give way ({@link #writeFiles}). */
    private volatile boolean editing;
    private final Thread writer;
    private Map<String, String> lastRead;
    /** Files read since the last edit served that the store does not hold yet (their edit failed). */
    private final Set<Path> unapplied = new HashSet<>();
    private volatile boolean stopped;
    private volatile boolean broken;

    private LiveEdits(KgStore store, Path dataDir, Path ontologyDir, Path qcDir, Supplier<VoidDescription.Builder> description,
                      long wholeGraphLimit, BuildManifest manifest) {
        this.store = store;
        this.dataDir = dataDir;
        this.stamped = List.of(dataDir, ontologyDir);
        this.ontologyDir = ontologyDir;
        this.ontologyStamp = BuildStamp.of(List.of(ontologyDir));
        this.qcDir = qcDir;
        this.description = description;
        this.wholeGraphLimit = wholeGraphLimit;
        this.manifest = manifest;
        this.seen = snapshot();
        this.facts = FactChunks.scan(dataDir, ontologyDir, null, true);
        this.unapplied.addAll(facts.parsed()); // compared with the manifest once, by the first applyEdits
        this.poller = new Thread(this::poll, "kg-watch");
        this.poller.setDaemon(true);
        this.writer = new Thread(this::writeFiles, "kg-watch-files");
        this.writer.setDaemon(true);
    }

    /**
     * Watches {@code dataDir} for the served {@code store}, or returns empty (and says why) when
     * its generation cannot be changed in place: it has no build manifest, or was served with writes.
     */
    public static Optional<LiveEdits> start(KgStore store, Path dataDir, Path ontologyDir, Path qcDir,
                                            Supplier<VoidDescription.Builder> description, long wholeGraphLimit) {
        Optional<BuildManifest> manifest = BuildManifest.read(store.directory());
        if (manifest.isEmpty() || StoreLayout.wasWritable(store.directory())) {
            LOG.warn("Not watching {}: the served store {} has no build manifest or was served with writes; "
                    + "rebuild it with kg build", dataDir, store.directory().getFileName());
            return Optional.empty();
        }
        LiveEdits edits = new LiveEdits(store, dataDir, ontologyDir, qcDir, description, wholeGraphLimit, manifest.get());
        edits.poller.start();
        edits.writer.start();
        LOG.info("Watching {} for edits ({} fact files)", dataDir, edits.facts.fileCount());
        return Optional.of(edits);
    }

    private void poll() {
        warmUp();
        try {
            applyEdits(); // what changed between the build and the start of watching
        } catch (RuntimeException e) {
            LOG.error("Could not apply the edits of {}: {}", dataDir, e.toString());
        }
        while (!stopped && !broken) {
            try {
                Thread.sleep(POLL_MILLIS);
                Map<String, String> now = snapshot();
                if (now.equals(seen)) continue;
                // wait for the editor to finish writing: two looks in a row that agree
                Map<String, String> settled;
                do {
                    settled = now;
                    Thread.sleep(POLL_MILLIS);
                    now = snapshot();
                } while (!now.equals(settled) && !stopped);
                seen = now;
                applyEdits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Could not apply the edit of {}: {}", dataDir, e.toString());
            }
        }
    }

    /**
     * Maps and checks the first fact file once, in memory, so that the first edit does not also pay
     * for loading and compiling the mapper and the shapes validator. Nothing is written.
     */
    private void warmUp() {
        if (facts.files().isEmpty() || !facts.errors().isEmpty()) return;
        long start = System.nanoTime();
        try {
            new ChunkCheck(facts, qcDir).check(facts.map(List.of(facts.files().get(0))));
            LOG.info("Ready for edits in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("Warm-up skipped: {}", e.toString());
        }
    }

    /**
     * Builds what changed in the data folder since the last call into the served store, then, unless
     * a further edit is already waiting, writes the generation's files again; returns whether the
     * store changed. One at a time.
     */
    synchronized boolean applyEdits() {
        if (broken || stopped) return false;
        boolean changed;
        try {
            changed = serveEdits();
        } finally {
            editing = false;
            notifyAll();
        }
        if (changed) {
            servedEdits++;
            notifyAll();
        }
        return changed;
    }

    /** Reads the fact files and builds what changed into the store, in one write transaction. */
    private boolean serveEdits() {
        long start = System.nanoTime();
        Map<String, String> readAt = snapshot();
        FactChunks now = facts.rescan(dataDir, null);
        facts = now;
        unapplied.addAll(now.parsed());
        if (!now.errors().isEmpty()) {
            now.errors().forEach(e -> LOG.error("{}", e));
            LOG.error("{} error(s) in the facts: the edit is not served; the endpoint answers as before", now.errors().size());
            return false;
        }
        IncrementalBuild build = IncrementalBuild.inPlace(store.directory(), now, unapplied::contains, qcDir, manifest,
                store.directory().resolve(STAGING), description.get(), wholeGraphLimit);
        if (build.nothingChanged()) {
            unapplied.clear();
            return false;
        }
        long read = System.nanoTime();
        IncrementalBuild.Rebuilt[] done = {null};
        editing = true;
        try {
            mark();
            store.update((tdb, text) -> done[0] = build.change(tdb, text).orElse(null));
        } catch (ViolationsFound e) {
            // thrown before anything changed, the manifest included
            e.violations().forEach(v -> LOG.error("{}", v));
            LOG.error("{} validation violation(s): the edit is not served; the endpoint answers as before", e.violations().size());
            return unmarkUnlessPending();
        } catch (FileChangedWhileRead e) {
            // thrown by the mapping, before anything changed: read the folder again at the next look
            LOG.info("{}: reading it again", e.getMessage());
            seen = Map.of();
            return unmarkUnlessPending();
        } catch (IOException | RuntimeException e) {
            broken = true;
            LOG.error("The edit could not be built ({}): the endpoint answers as before, and edits are no longer watched: "
                    + "restart kg serve, which rebuilds the store", e.toString());
            return false;
        }
        if (done[0] == null) {
            LOG.warn("The edit touches more than half of the documents, and more than {} MB of fact files: not served live; "
                    + "restart kg serve (it rebuilds the store)", IncrementalBuild.IN_PLACE_BYTES / 1_000_000);
            return unmarkUnlessPending();
        }
        unapplied.clear();
        pending = pending == null ? new Pending(build, done[0]) : pending.then(build, done[0]);
        lastRead = readAt;
        long served = System.nanoTime();
        LOG.info("Edit served in {} ms (read and compared {} ms: {} file(s) read, references {}; built into the store {} ms)",
                (served - start) / 1_000_000, (read - start) / 1_000_000, now.parsed().size(),
                now.checkedInPart() ? "checked where they changed" : "between all files checked", (served - read) / 1_000_000);
        return true;
    }

    /**
     * The edits built into the store whose files are not written yet: the last build (which writes
     * them) and the graphs that none of them changed (which the dumps may copy).
     */
    private record Pending(IncrementalBuild last, IncrementalBuild.Rebuilt rebuilt, long start) {
        Pending(IncrementalBuild last, IncrementalBuild.Rebuilt rebuilt) {
            this(last, rebuilt, rebuilt.start());
        }

        Pending then(IncrementalBuild next, IncrementalBuild.Rebuilt more) {
            Set<String> kept = new HashSet<>(rebuilt.kept());
            kept.retainAll(more.kept());
            return new Pending(next, new IncrementalBuild.Rebuilt(kept, rebuilt.documents() + more.documents(),
                    rebuilt.removed() + more.removed(), more.start()), start);
        }
    }

    /**
     * The writer of the files: whenever edits wait for their files, writes the dumps and counts the
     * VoID description in a read transaction (edits go on being served meanwhile), then, unless
     * another edit was served in between (then it starts again, with that one too), puts the
     * description into the store, writes the manifest, moves the files over the generation's and
     * stamps it.
     */
    private void writeFiles() {
        Path staging = store.directory().resolve(STAGING);
        while (true) {
            Pending todo;
            long edits;
            synchronized (this) {
                while (pending == null && !stopped && !broken) {
                    try {
                        wait(POLL_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped || broken) return;
                todo = pending;
                edits = servedEdits;
            }
            try {
                StoreCleanup.deleteTree(staging);
                Files.createDirectories(staging);
                // Cancelled inside the read transaction, which then ends normally. (Aborting a read
                // transaction used to roll back the Lucene changes of the edit being written
                // meanwhile, seen in TestLiveEdits under load; LazyTextIndex now keeps reads away
                // from Lucene's commit and rollback: docs/robustness.md, section 6.)
                Optional<Model> written = store.read(tdb -> {
                    try {
                        return Optional.of(todo.last().prepareFiles(tdb, todo.rebuilt(),
                                () -> editing || servedEdits != edits || stopped));
                    } catch (CancellationException e) {
                        return Optional.empty();
                    }
                });
                if (written.isEmpty()) {
                    LOG.debug("Files given up for an edit: written again after it");
                    if (!awaitEdit()) return;
                    continue;
                }
                Model described = written.get();
                synchronized (this) {
                    if (servedEdits != edits || stopped) continue;
                    store.update((tdb, text) -> todo.last().install(tdb, text, described));
                    todo.last().writeManifest();
                    publish(staging);
                    restamp(lastRead);
                    Files.delete(store.directory().resolve(StoreLayout.LIVE_EDITS_MARKER));
                    pending = null;
                }
                LOG.info("Dumps, VoID and checksums written again {} ms after the first edit they hold",
                        (System.nanoTime() - todo.start()) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                broken = true;
                LOG.error("The edit is served, but the dumps could not be written again ({}); they stay unserved and edits "
                        + "are no longer watched: restart kg serve, which rebuilds the store", e.toString());
                return;
            }
        }
    }

    /** Waits while an edit is being built into the store; false if interrupted. */
    private synchronized boolean awaitEdit() {
        try {
            while (editing && !stopped) wait(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Stamps the generation with the fact files as read, if no file changed since ({@code readAt}
     * still holds) and the ontology is the one read at start; else leaves the older stamp, so that
     * the next start builds what the store may lack.
     */
    private void restamp(Map<String, String> readAt) throws IOException {
        BuildStamp stamp = BuildStamp.of(stamped);
        if (!snapshot().equals(readAt)) return;
        if (!BuildStamp.of(List.of(ontologyDir)).equals(ontologyStamp)) {
            LOG.warn("{} changed since the server started: it is read only at start; restart kg serve to rebuild with it",
                    ontologyDir);
            return;
        }
        store.restamp(stamp);
    }

    /** After an edit refused before it changed anything: the marker goes unless earlier edits still wait for their files. */
    private boolean unmarkUnlessPending() {
        if (pending != null) return false;
        try {
            Files.deleteIfExists(store.directory().resolve(StoreLayout.LIVE_EDITS_MARKER));
        } catch (IOException e) {
            broken = true;
            LOG.error("Cannot remove {}: {}", StoreLayout.LIVE_EDITS_MARKER, e.getMessage());
        }
        return false;
    }

    private void mark() throws IOException {
        Path marker = store.directory().resolve(StoreLayout.LIVE_EDITS_MARKER);
        if (!Files.exists(marker)) Files.createFile(marker);
    }

    /**
     * Moves the files written into {@code staging} over the generation's, the manifest last, and
     * deletes the dump formats the generation had but this write left out (a graph grown past the
     * whole-graph limit).
     */
    private void publish(Path staging) throws IOException {
        Path generation = store.directory();
        List<Path> written;
        try (Stream<Path> files = Files.list(staging)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        for (Path file : written) Files.move(file, generation.resolve(file.getFileName().toString()),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (Format format : Format.values()) {
            if (written.stream().noneMatch(p -> p.getFileName().toString().equals(format.fileName()))) {
                Files.deleteIfExists(generation.resolve(format.fileName()));
            }
        }
        Path manifestFolder = staging.resolve(BuildManifest.FOLDER);
        List<Path> manifestFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(manifestFolder)) {
            files.forEach(manifestFiles::add);
        }
        Files.createDirectories(generation.resolve(BuildManifest.FOLDER));
        for (Path file : manifestFiles) Files.move(file, generation.resolve(BuildManifest.FOLDER).resolve(file.getFileName().toString()),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        StoreCleanup.deleteTree(staging);
    }

    /** Each file under the data folder with its size and time of last modification. */
    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(p.toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    files.put(p.toString(), "gone");
                }
            });
        } catch (IOException e) {
            files.put(dataDir.toString(), "unreadable: " + e.getMessage());
        }
        return files;
    }

    /**
     * Stops watching once the edit being served and the files being written (if any) are done. The
     * threads are not interrupted: an interrupt inside a transaction would close the store's file
     * channels.
     */
    @Override
    public void close() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        try {
            // the store may be closed after this: neither may be inside a transaction then
            writer.join();
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
