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
 * The folders of the store under one root (by default {@code target/kg}): each build writes a
 * complete {@code store-<timestamp>/} with {@code tdb2/}, {@code lucene/} and {@code stamp.txt},
 * and the symbolic link {@code current} names the one being served.
 */
public record StoreLayout(Path root) {
    static final String CURRENT = "current";
    static final String STORE_PREFIX = "store-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The link to the store being served. */
    public Path current() {
        return root.resolve(CURRENT);
    }

    /** The store {@code current} points to, if there is one. */
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

    /** A fresh, not yet existing, store folder name. */
    Path newStore() {
        Path store;
        do {
            store = root.resolve(STORE_PREFIX + LocalDateTime.now().format(STAMP));
        } while (Files.exists(store));
        return store;
    }

    /** Every store folder under the root, complete or not. */
    List<Path> stores() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(STORE_PREFIX)).sorted().toList();
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
}
