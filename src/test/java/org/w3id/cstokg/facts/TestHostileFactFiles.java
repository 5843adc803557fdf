package org.w3id.cstokg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.cli.Main;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fact files too large or too deep to commit, generated here: each is refused within a bounded
 * time with one error naming file:line:col, and a build from them exits 1 and writes nothing.
 */
class TestHostileFactFiles {
    private static final String HEADER = """
            document:
              id: doc-a
              title: "Test article"
              outlet: test-outlet
              volume: 1
              issue: 2
              published: 2022-01-19
              url: https://example.org/doc-a
              paragraphs: 3
            entities:
              - {id: test-outlet, type: outlet, name: Test Outlet}
            """;

    @TempDir
    Path temp;

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Path file = data.resolve("huge.yaml");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; Files.size(file) < 50L * 1024 * 1024 && i >= 0; i++) {
                for (int k = 0; k < 10_000; k++) w.write("  - {id: state-" + i + "-" + k + ", type: state, name: S, cite: 1}\n");
                w.flush();
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        String expected = file + ":1:1: file is " + String.format("%,d", Files.size(file))
                + " bytes, more than the 8,388,608 a fact file may have (split it into several files)";
        assertThat(errorsOf(data)).containsExactly(expected);
        assertBuildFails(data);
    }

    @Test
    void deepFlowNestingIsCutAtTheLimit() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Path file = data.resolve("deep.yaml");
        int depth = 100_000;
        Files.writeString(file, HEADER + "  - {id: x, type: state, name: " + "[".repeat(depth) + "]".repeat(depth) + ", cite: 1}\n");
        // root mapping, entities list and entity mapping are levels 1-3, so the 30th "[" (column 31 + 30) opens level 33
        assertThat(errorsOf(data)).containsExactly(
                file + ":12:61: nesting deeper than 32 levels (fact files need far fewer)");
        assertBuildFails(data);
    }

    @Test
    void deepBlockNestingIsCutAtTheLimit() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Path file = data.resolve("deep.yaml");
        StringBuilder yaml = new StringBuilder(HEADER).append("  - id: x\n    type: state\n    cite: 1\n    name:\n");
        for (int level = 0; level < 2_000; level++) yaml.append(" ".repeat(6 + level)).append("k:\n");
        Files.writeString(file, yaml);
        List<String> errors = errorsOf(data);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).matches(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: nesting deeper than 32 levels \\(fact files need far fewer\\)");
        assertBuildFails(data);
    }

    @Test
    void onlyRegularFilesInsideTheDataFolderAreRead() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.writeString(data.resolve("a.yaml"), HEADER);
        Path outside = Files.writeString(temp.resolve("outside.yaml"), "secret: line-of-another-file\n");
        Path fifo = data.resolve("fifo.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(data.resolve("zero.yaml"), Path.of("/dev/zero"));
        Files.createSymbolicLink(data.resolve("out.yaml"), outside);
        Files.createSymbolicLink(data.resolve("dangling.yaml"), temp.resolve("nothing.yaml"));
        Files.createSymbolicLink(data.resolve("inside.yaml"), data.resolve("a.yaml").getFileName());
        List<String> errors = errorsOf(data);
        assertThat(errors).containsExactly(
                data.resolve("dangling.yaml") + ": is a symbolic link to " + temp.resolve("nothing.yaml") + ", which does not exist",
                fifo + ": is not a regular file (a FIFO, device or socket?); fact files are read only from regular files",
                data.resolve("out.yaml") + ": is a symbolic link to a file outside " + data + "; fact files are read only from inside it",
                data.resolve("zero.yaml") + ": is a symbolic link to a file outside " + data + "; fact files are read only from inside it",
                // the link inside the folder is read: a second file defining the same ids
                data.resolve("inside.yaml") + ":2:7: duplicate id 'doc-a' (first defined at " + data.resolve("a.yaml") + ":2:7)",
                data.resolve("inside.yaml") + ":11:10: duplicate id 'test-outlet' (first defined at " + data.resolve("a.yaml") + ":11:10)");
        assertThat(String.join("\n", errors)).doesNotContain("line-of-another-file");
        assertBuildFails(data);
    }

    @Test
    void ymlFilesAndSubfoldersAreRefusedNotIgnored() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.writeString(data.resolve("a.yaml"), HEADER);
        Files.writeString(data.resolve("b.yml"), HEADER);
        Files.writeString(data.resolve("c.YAML"), HEADER);
        Files.createDirectories(data.resolve("more"));
        Files.writeString(data.resolve("README.md"), "not a fact file");
        assertThat(errorsOf(data)).containsExactly(
                data.resolve("b.yml") + ": fact files end in .yaml (lower case): rename it to end in .yaml",
                data.resolve("c.YAML") + ": fact files end in .yaml (lower case): rename it to end in .yaml",
                data.resolve("more") + ": is a folder: fact files are read only directly in " + data + ", not from subfolders (move its files up)");
        assertBuildFails(data);
        Files.delete(data.resolve("b.yml"));
        Files.delete(data.resolve("c.YAML"));
        Files.delete(data.resolve("more"));
        assertThat(errorsOf(data)).isEmpty();
    }

    @Test
    void aFileNameWithANewlineCannotFakeALocation() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Path file = data.resolve("x.yaml\nother.yaml:1:1: all is well\ny.yaml");
        Files.writeString(file, "document: [\n");
        List<String> errors = errorsOf(data);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith(data + "/x.yaml\\nother.yaml:1:1: all is well\\ny.yaml:").doesNotContain("\n");
    }

    private static List<String> errorsOf(Path data) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ErrorRecorder errors = new ErrorRecorder();
            FactReader.readDirectory(data, TheFormat.ONTOLOGY, errors);
            return errors.errors().stream().map(FactError::toString).toList();
        });
    }

    private void assertBuildFails(Path data) throws IOException {
        Path out = temp.resolve("out");
        int code = Main.run("build", "--data", data.toString(), "--ontology", "ontology",
                "--qc", temp.resolve("none").toString(), "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
