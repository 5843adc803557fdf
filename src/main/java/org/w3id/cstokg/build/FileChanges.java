package org.w3id.cstokg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.load.MappedFile;

/**
 * Which fact files differ from those a generation was built from, by its {@link BuildManifest}:
 * added or edited files (their SHA-256, or that of the text file their header names, differs) and
 * deleted ones.
 */
record FileChanges(List<Path> changed, List<BuildManifest.Entry> deleted, int unchanged) {

    static FileChanges between(BuildManifest old, FactChunks facts) {
        return between(old, facts, file -> true);
    }

    /**
     * The changes, where a file the manifest lists and {@code mayHaveChanged} rules out is taken as
     * unchanged without reading it (the caller knows its size and modification time are those of a
     * pass whose facts the manifest holds).
     */
    static FileChanges between(BuildManifest old, FactChunks facts, Predicate<Path> mayHaveChanged) {
        List<Path> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int unchanged = 0;
        for (Path file : facts.files()) {
            String name = file.getFileName().toString();
            present.add(name);
            Optional<BuildManifest.Entry> before = Optional.ofNullable(old.files().get(name));
            if (before.isPresent() && (!mayHaveChanged.test(file)
                    || MappedFile.version(file, before.get().text()).equals(before.get().version()))) unchanged++;
            else changed.add(file);
        }
        List<BuildManifest.Entry> deleted = old.files().values().stream().filter(e -> !present.contains(e.name())).toList();
        return new FileChanges(List.copyOf(changed), deleted, unchanged);
    }

    /** How many files were added, edited or deleted. */
    int count() {
        return changed.size() + deleted.size();
    }

    /** The names of the changed and deleted files, for the log. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        changed.forEach(p -> names.add(p.getFileName().toString()));
        deleted.forEach(e -> names.add(e.name() + " (deleted)"));
        return names;
    }
}
