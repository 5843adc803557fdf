package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A shared lock on a generation, held by every process that has it open ({@code kg serve},
 * {@code kg query} on the store): a build deletes an old generation only if it can take the lock
 * exclusively, so it never deletes a store from under a running server. File locks belong to the
 * JVM, so the holders within this JVM are counted here. Usage:
 * {@code try (ServingLock lock = ServingLock.hold(generation)) { ... }}
 */
final class ServingLock implements AutoCloseable {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int holders) {}

    private final Path generation;
    private boolean released;

    private ServingLock(Path generation) {
        this.generation = generation;
    }

    /** Takes (or shares) the lock on {@code generation}; fails if the folder no longer exists. */
    static ServingLock hold(Path generation) throws IOException {
        synchronized (HELD) {
            Held held = HELD.get(generation);
            if (held == null) {
                FileChannel channel = FileChannel.open(StoreLayout.servingLock(generation),
                        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                try {
                    held = new Held(channel, channel.lock(0, Long.MAX_VALUE, true), 0);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
            HELD.put(generation, new Held(held.channel(), held.lock(), held.holders() + 1));
            return new ServingLock(generation);
        }
    }

    /**
     * The exclusive lock on {@code generation} if no process holds it, for deleting it; empty if
     * one does (this JVM included).
     */
    static Optional<FileLock> exclusive(Path generation) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(generation)) return Optional.empty();
            FileChannel channel;
            try {
                channel = FileChannel.open(StoreLayout.servingLock(generation),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) channel.close();
                return Optional.ofNullable(lock);
            } catch (OverlappingFileLockException | IOException e) {
                channel.close();
                return Optional.empty();
            }
        }
    }

    /** Whether some process holds the lock on {@code generation}. */
    static boolean isHeld(Path generation) throws IOException {
        if (!Files.isDirectory(generation)) return false;
        Optional<FileLock> lock = exclusive(generation);
        if (lock.isEmpty()) return true;
        lock.get().channel().close();
        return false;
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (released) return;
            released = true;
            Held held = HELD.get(generation);
            if (held.holders() > 1) {
                HELD.put(generation, new Held(held.channel(), held.lock(), held.holders() - 1));
            } else {
                HELD.remove(generation);
                held.channel().close();
            }
        }
    }
}
