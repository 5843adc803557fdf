package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBuildStamp {
    @TempDir
    Path dir;
    private List<Path> folders;

    @BeforeEach
    void sources() throws Exception {
        folders = List.of(dir.resolve("data"), dir.resolve("ontology"));
        Files.createDirectories(dir.resolve("data/sub"));
        Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(dir.resolve("data/a.yaml"), "a: 1\n");
        Files.writeString(dir.resolve("data/sub/b.yaml"), "b: 2\n");
        Files.writeString(dir.resolve("ontology/kg.ttl"), "# ontology\n");
    }

    @Test
    void sameFilesSameStamp() {
        assertThat(BuildStamp.of(folders)).isEqualTo(BuildStamp.of(folders));
        assertThat(BuildStamp.of(folders).hash()).hasSize(64);
    }

    @Test
    void changedContentChangesTheStamp() throws Exception {
        BuildStamp before = BuildStamp.of(folders);
        Files.writeString(dir.resolve("data/sub/b.yaml"), "b: 3\n");
        assertThat(BuildStamp.of(folders)).isNotEqualTo(before);
    }

    @Test
    void renamedOrAddedFileChangesTheStamp() throws Exception {
        BuildStamp before = BuildStamp.of(folders);
        Files.move(dir.resolve("data/a.yaml"), dir.resolve("data/c.yaml"));
        BuildStamp renamed = BuildStamp.of(folders);
        Files.writeString(dir.resolve("ontology/new.ttl"), "");
        assertThat(renamed).isNotEqualTo(before);
        assertThat(BuildStamp.of(folders)).isNotEqualTo(renamed);
    }

    @Test
    void roundTripsThroughItsFile() throws Exception {
        BuildStamp stamp = BuildStamp.of(folders);
        stamp.write(dir.resolve("stamp.txt"));
        assertThat(BuildStamp.read(dir.resolve("stamp.txt"))).contains(stamp);
        assertThat(BuildStamp.read(dir.resolve("missing.txt"))).isEmpty();
    }
}
