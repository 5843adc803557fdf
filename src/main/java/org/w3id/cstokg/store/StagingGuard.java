package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a build's staging folder when the JVM is asked to stop (SIGTERM, Ctrl-C) before the
 * folder became a complete generation. The finishing rename and the deletion exclude each other,
 * so the hook never deletes half of a generation. A SIGKILL runs no hook: the next command's
 * {@link StoreCleanup} removes the folder then.
 */
final class StagingGuard {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.store");

    /** An action that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    private final Path staging;
    private final Thread hook;
    private boolean finished;
    private boolean stopping;

    private StagingGuard(Path staging) {
        this.staging = staging;
        this.hook = new Thread(this::onShutdown, "staging-cleanup");
    }

    static StagingGuard install(Path staging) {
        StagingGuard guard = new StagingGuard(staging);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Runs the finishing rename, unless the JVM is already stopping. */
    synchronized void finish(IoAction rename) throws IOException {
        if (stopping) throw new StoreException("The build was stopped");
        rename.run();
        finished = true;
    }

    /** Removes the hook once the build is over (finished or failed). */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook is running or has run
        }
    }

    private synchronized void onShutdown() {
        stopping = true;
        if (finished) return;
        try {
            // renamed first, so that no thread still building can create a file in it again
            Path trash = staging.resolveSibling(StoreLayout.TRASH_PREFIX + staging.getFileName());
            Files.move(staging, trash, StandardCopyOption.ATOMIC_MOVE);
            StoreCleanup.deleteTree(trash);
            LOG.info("Stopped: deleted the unfinished {}", staging.getFileName());
        } catch (IOException e) {
            LOG.warn("Stopped, but could not delete {}: {}", staging, e.getMessage());
        }
    }
}
