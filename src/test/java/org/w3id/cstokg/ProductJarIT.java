package org.w3id.cstokg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product jar {@code ./kg} runs holds the product and not the benchmark harness or tests.
 * Run by failsafe after {@code package} (an {@code *IT}, so surefire, which runs before the jar
 * exists, leaves it out); the jar's path comes from the {@code productJar} property.
 */
class ProductJarIT {
    private static final Path JAR = Path.of(System.getProperty("productJar", "target/csto-kg.jar"));

    @TempDir
    Path temp;

    /** The entries of {@code jar} that are benchmark harness or test classes of this project. */
    static List<String> notProduct(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("org/w3id/cstokg/bench/")
                            || n.startsWith("org/w3id/cstokg/") && n.matches(".*/(Test[^/]*|[^/]*IT)\\.class"))
                    .sorted().toList();
        }
    }

    @Test
    void theJarHoldsTheCommandsAndTheGeneratorButNoHarness() throws IOException {
        try (JarFile file = new JarFile(JAR.toFile())) {
            assertThat(file.getEntry("org/w3id/cstokg/cli/Main.class")).isNotNull();
            assertThat(file.getEntry("org/w3id/cstokg/synthetic/CorpusGenerator.class")).isNotNull();
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.w3id.cstokg.cli.Main");
        }
        assertThat(notProduct(JAR)).isEmpty();
    }

    @Test
    void harnessAndTestClassesInAJarAreFound() throws IOException {
        Path jar = temp.resolve("fat.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("org/w3id/cstokg/cli/Main.class", "org/w3id/cstokg/bench/LoadClient.class",
                    "org/w3id/cstokg/cli/TestMain.class", "org/w3id/cstokg/ProductJarIT.class")) {
                out.putNextEntry(new JarEntry(name));
                ((OutputStream) out).write(new byte[] {0});
                out.closeEntry();
            }
        }
        assertThat(notProduct(jar)).containsExactly("org/w3id/cstokg/ProductJarIT.class",
                "org/w3id/cstokg/bench/LoadClient.class", "org/w3id/cstokg/cli/TestMain.class");
    }
}
