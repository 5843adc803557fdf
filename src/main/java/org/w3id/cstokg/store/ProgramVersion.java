package org.w3id.cstokg.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of csto-kg is running, as a short text that changes whenever its code does: the
 * jar's size and modification time (the launcher {@code ./kg} rebuilds the jar only when the
 * sources change), or, run from a folder of classes, its files' number, total size and latest
 * modification time (resources such as the JSON-LD context count too). A store built by other code is not current (the mapping, the checks or the
 * files it writes may differ), so this is part of a store's {@link BuildStamp} and of what an
 * incremental build must find unchanged.
 */
public final class ProgramVersion {
    private static final String ID = compute();

    private ProgramVersion() {}

    /** This program's version, e.g. {@code jar 54962180 1764889200000}. */
    public static String id() { return ID; }

    private static String compute() {
        CodeSource source = ProgramVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return "unknown";
        try {
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            if (Files.isDirectory(code)) {
                long[] count = new long[3];
                try (Stream<Path> walk = Files.walk(code)) {
                    walk.filter(Files::isRegularFile).forEach(p -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            count[0]++;
                            count[1] += a.size();
                            count[2] = Math.max(count[2], a.lastModifiedTime().toMillis());
                        } catch (IOException e) {
                            count[0] = -1;
                        }
                    });
                }
                return "classes " + count[0] + " " + count[1] + " " + count[2];
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "unknown";
        }
        return "unknown";
    }
}
