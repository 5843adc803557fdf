package org.w3id.cstokg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules on the main code as a whole: only the command line decides how the process ends (no
 * {@code System.exit} outside {@code cli/}), and describing the dataset is apart from publishing it.
 */
class TestLibraryCode {
    private static final Path MAIN = Path.of("src/main/java/org/w3id/cstokg");

    @TempDir
    Path temp;

    /** The Java files under {@code root}, outside its {@code cli/}, that call {@code System.exit}. */
    static List<String> exitingOutsideCli(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !root.relativize(p).startsWith("cli"))
                    .filter(p -> read(p).contains("System.exit("))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noMainCodeOutsideCliCallsSystemExit() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(100);
        }
        assertThat(exitingOutsideCli(MAIN)).isEmpty();
    }

    /** The Java files directly in {@code package} (under {@code root}) whose text mentions {@code word}. */
    static List<String> mentioning(Path root, String pkg, String word) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(pkg))) {
            return files.filter(p -> read(p).contains(word)).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void describingTheDatasetAndPublishingItAreSeparatePackages() throws IOException {
        assertThat(MAIN.resolve("describe/VoidDescription.java")).isRegularFile();
        assertThat(MAIN.resolve("publish/GraphStorePublisher.java")).isRegularFile();
        assertThat(mentioning(MAIN, "describe", "cstokg.publish")).isEmpty();
        assertThat(mentioning(MAIN, "publish", "cstokg.describe")).isEmpty();
        assertThat(mentioning(MAIN, "publish", "VoidDescription")).isEmpty();
        assertThat(mentioning(MAIN, "describe", "GraphStore")).isEmpty();
        assertThat(mentioning(MAIN, "cli", "cstokg.describe")).containsExactlyInAnyOrder("GraphPipeline.java", "ServeCommand.java");
    }

    @Test
    void aSystemExitOutsideCliIsFound() throws IOException {
        Files.createDirectories(temp.resolve("cli"));
        Files.createDirectories(temp.resolve("bench"));
        Files.writeString(temp.resolve("cli/Main.java"), "class Main { void m() { System.exit(0); } }");
        Files.writeString(temp.resolve("bench/Tool.java"), "class Tool { void m() { System.exit(2); } }");
        assertThat(exitingOutsideCli(temp)).containsExactly("bench/Tool.java");
    }
}
