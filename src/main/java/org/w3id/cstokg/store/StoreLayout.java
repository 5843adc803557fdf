package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders under one store root (by default {@code target/kg}). Each build writes a whole
 * <em>generation</em> into {@code .staging-<timestamp>/}: {@code tdb2/}, {@code lucene/}, the dumps,
 * {@code SHA256SUMS}, {@code void.ttl} and, last, {@code stamp.txt}; renames it to
 * {@code gen-<timestamp>/}; and points the symbolic link {@code current} at it with one atomic
 * rename. The root's dump names ({@code csto-kg.nq}, ...) are links to {@code current/<name>}, so
 * they switch with it. {@code store-*} folders are the generations of earlier versions.
 */
public record StoreLayout(Path root) {
    static final String CURRENT = "current";
    static final String GENERATION_PREFIX = "gen-";
    static final String LEGACY_PREFIX = "store-";
    static final String STAGING_PREFIX = ".staging-";
    static final String TRASH_PREFIX = ".trash-";
    /** The staging folders of earlier versions of the build (dumps only). */
    static final String LEGACY_STAGING_PREFIX = ".build-";
    static final String NEXT_LINK = CURRENT + ".next";
    static final String BUILD_LOCK = ".build.lock";
    /** The file in a generation that says it was served with writes enabled. */
    static final String WRITES_MARKER = ".writes-allowed";
    /**
     * Present in a generation while a process that may write to it has it open ({@link KgStore#allowWrites}),
     * removed when it closes the store: found at the next open, it means the writer was killed, maybe
     * between TDB2's commit and the text index's, so the index is made again from the store.
     */
    static final String WRITING_MARKER = ".writing";
    /**
     * Present in a generation while {@code kg serve --watch} changes its store in place and its
     * files are not yet written again to match ({@link #hasLiveEdits}).
     */
    public static final String LIVE_EDITS_MARKER = ".live-edits";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The link to the generation being served. */
    public Path current() {
        return root.resolve(CURRENT);
    }

    /** The generation {@code current} points to, if there is one. */
    public Optional<Path> currentStore() {
        Path link = current();
        if (!Files.isDirectory(link)) {
            return Optional.empty();
        }
        try {
            return Optional.of(link.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fresh, not yet existing, staging folder. */
    Path newStaging() {
        Path staging;
        do {
            staging = root.resolve(STAGING_PREFIX + LocalDateTime.now().format(STAMP));
        } while (Files.exists(staging) || Files.exists(generationOf(staging)));
        return staging;
    }

    /** The generation a staging folder becomes once complete. */
    Path generationOf(Path staging) {
        return root.resolve(GENERATION_PREFIX + staging.getFileName().toString().substring(STAGING_PREFIX.length()));
    }

    /** Every complete-or-not generation folder under the root (current, served, or left by a killed build). */
    public List<Path> stores() throws IOException {
        return list(name -> name.startsWith(GENERATION_PREFIX) || name.startsWith(LEGACY_PREFIX));
    }

    /** Folders and links no running build or server needs: staging and trash folders, a half-made {@code current.next}. */
    public List<Path> debris() throws IOException {
        return list(name -> name.startsWith(STAGING_PREFIX) || name.startsWith(TRASH_PREFIX)
                || name.startsWith(LEGACY_STAGING_PREFIX) || name.equals(NEXT_LINK));
    }

    private List<Path> list(java.util.function.Predicate<String> name) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        }
    }

    static Path tdb2(Path store) {
        return store.resolve("tdb2");
    }

    static Path lucene(Path store) {
        return store.resolve("lucene");
    }

    static Path stamp(Path store) {
        return store.resolve("stamp.txt");
    }

    /**
     * Whether {@code generation} was served with writes enabled ({@link KgStore#allowWrites}): its
     * store may hold more than its build put there, so the next build starts from scratch.
     */
    public static boolean wasWritable(Path generation) {
        return Files.exists(generation.resolve(WRITES_MARKER));
    }

    /**
     * Whether the generation's store was changed in place by {@code kg serve --watch} and its dumps,
     * VoID file and manifest may not match it yet (they are being written, or the server stopped
     * before they were): such a generation is rebuilt in full before it is served again or a build
     * starts from it.
     */
    public static boolean hasLiveEdits(Path generation) {
        return Files.exists(generation.resolve(LIVE_EDITS_MARKER));
    }

    /** The file a process holds a shared lock on while it has this generation open. */
    static Path servingLock(Path store) {
        return store.resolve(".serving.lock");
    }
}
