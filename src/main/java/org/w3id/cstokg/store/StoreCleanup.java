package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what killed builds leave under a store root: staging and trash folders, a half-made
 * {@code current.next} link, and every generation that is neither current nor open in some
 * process. Runs at the start of every command and of every build; does nothing while another
 * build holds the root's {@link BuildLock}. Usage: {@code StoreCleanup.clean(Path.of("target/kg"))}.
 */
public final class StoreCleanup {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");

    private StoreCleanup() {}

    /** Cleans {@code root} if it is a store root and no build is running in it. */
    public static void clean(Path root) {
        StoreLayout layout = new StoreLayout(root);
        if (!Files.exists(root.resolve(StoreLayout.BUILD_LOCK)) && !Files.exists(layout.current(), LinkOption.NOFOLLOW_LINKS)) {
            return; // not a store root (yet): leave it, and do not litter it with a lock file
        }
        try {
            Optional<BuildLock> lock = BuildLock.tryTake(root);
            if (lock.isEmpty()) return;
            try (BuildLock held = lock.get()) {
                cleanLocked(layout);
            }
        } catch (IOException e) {
            LOG.warn("Could not clean up {}: {}", root, e.getMessage());
        }
    }

    /** Cleans with the build lock already held. */
    static void cleanLocked(StoreLayout layout) throws IOException {
        for (Path debris : layout.debris()) {
            LOG.info("Deleting {}, left by a build that did not finish", debris.getFileName());
            deleteTree(debris);
        }
        deleteUnused(layout, Optional.empty());
    }

    /** Deletes every generation but the current one, {@code keep}, and those some process has open. */
    static void deleteUnused(StoreLayout layout, Optional<Path> keep) throws IOException {
        Optional<Path> current = layout.currentStore();
        for (Path store : layout.stores()) {
            Path real = store.toRealPath();
            if (current.map(real::equals).orElse(false) || keep.map(k -> k.equals(store)).orElse(false)) continue;
            Optional<FileLock> lock = ServingLock.exclusive(real);
            if (lock.isEmpty()) {
                LOG.info("Keeping {}: a server or query has it open", store.getFileName());
                continue;
            }
            try {
                Path trash = layout.root().resolve(StoreLayout.TRASH_PREFIX + store.getFileName());
                Files.move(store, trash, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(trash);
            } finally {
                lock.get().channel().close();
            }
        }
    }

    /** Deletes a folder and what it holds, or a file or link, without following links. */
    public static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
