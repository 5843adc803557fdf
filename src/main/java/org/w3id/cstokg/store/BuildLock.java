package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The one-build-at-a-time lock of a store root ({@code .build.lock}): a build holds it from start
 * to end, and clean-up of a killed build's folders needs it too, so that it never deletes the
 * staging folder of a build still running. The operating system releases it when the process
 * dies, however it dies. Usage: {@code try (BuildLock lock = BuildLock.take(root)) { ... }}
 */
final class BuildLock implements AutoCloseable {
    private final FileChannel channel;

    private BuildLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock, or a {@link StoreException} naming the root if another build holds it. */
    static BuildLock take(Path root) throws IOException {
        return tryTake(root).orElseThrow(() -> new StoreException(
                "Another build is writing into " + root + " (wait for it to finish, or build into another --out)"));
    }

    /** The lock if no other build holds it. */
    static Optional<BuildLock> tryTake(Path root) throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(StoreLayout.BUILD_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return Optional.of(new BuildLock(channel));
        } catch (OverlappingFileLockException e) {
            // held by another build in this JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
