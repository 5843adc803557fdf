package org.w3id.cstokg.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Whether a dump is newer than every file it was built from. */
public final class Freshness {
    private Freshness() {}

    /** True if {@code dump} exists and no file under {@code sources} was modified after it. */
    public static boolean isFresh(Path dump, Path... sources) {
        try {
            if (!Files.isRegularFile(dump)) return false;
            FileTime built = Files.getLastModifiedTime(dump);
            for (Path source : sources) {
                if (newest(source).compareTo(built) > 0) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime newest(Path dir) throws IOException {
        if (!Files.exists(dir)) return FileTime.fromMillis(0);
        try (Stream<Path> walk = Files.walk(dir)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path p : walk.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(newest) > 0) newest = t;
            }
            return newest;
        }
    }
}
