package org.w3id.cstokg.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which entries of the data folder are fact files, and why the others that look like one are
 * refused rather than silently skipped: only regular {@code *.yaml} files are read (a symbolic link
 * only if it leads to one inside the folder), so a FIFO or a device cannot hang the build; a
 * {@code .yml} or {@code .YAML} file and a subfolder are errors, since they were surely meant as
 * fact files. Other files (a README) are left alone.
 */
final class FactFileCheck {
    private FactFileCheck() {}

    /** The fact files among {@code entries} (the entries of {@code dir}), in the given order; the refused ones reported. */
    static List<Path> select(Path dir, List<Path> entries, ErrorHandler errors) {
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            Location at = Location.of(entry.toString());
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!name.startsWith(".")) errors.error(at, "is a folder: fact files are read only directly in "
                        + dir + ", not from subfolders (move its files up)");
            } else if (name.endsWith(".yaml")) {
                refusal(dir, entry).ifPresentOrElse(reason -> errors.error(at, reason), () -> files.add(entry));
            } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                errors.error(at, "fact files end in .yaml (lower case): rename it to end in .yaml");
            }
        }
        return files;
    }

    /** Why a {@code *.yaml} entry may not be read, if it may not. */
    private static java.util.Optional<String> refusal(Path dir, Path entry) {
        try {
            if (Files.isSymbolicLink(entry)) {
                Path target = Files.readSymbolicLink(entry);
                if (!Files.exists(entry)) {
                    return java.util.Optional.of("is a symbolic link to " + target + ", which does not exist");
                }
                if (!entry.toRealPath().startsWith(dir.toRealPath())) {
                    return java.util.Optional.of("is a symbolic link to a file outside " + dir + "; fact files are read only from inside it");
                }
            }
            if (!Files.isRegularFile(entry)) {
                return java.util.Optional.of("is not a regular file (a FIFO, device or socket?); fact files are read only from regular files");
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of("cannot be read: " + e.getClass().getSimpleName());
        }
    }
}
