package org.w3id.cstokg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * An ontology folder for tests: the project's modules (its terms and the fact format, which every
 * fact file needs) with the shapes of a fixture instead of the project's.
 */
public final class OntologyCopy {
    private OntologyCopy() {}

    /** Copies {@code ontology/*.ttl} into {@code dir}, and {@code fixture/shapes/} if {@code fixture} has one. */
    public static Path withShapesOf(Path fixture, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> modules = Files.list(Path.of("ontology"))) {
                for (Path m : modules.filter(p -> p.toString().endsWith(".ttl")).toList()) {
                    Files.copy(m, dir.resolve(m.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path shapes = fixture.resolve("shapes");
            if (Files.isDirectory(shapes)) {
                Files.createDirectories(dir.resolve("shapes"));
                try (Stream<Path> files = Files.list(shapes)) {
                    for (Path f : files.toList()) Files.copy(f, dir.resolve("shapes").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
