package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.FileHash;

class TestExports {
    @TempDir
    Path dir;

    @Test
    void writeAllWritesEveryFormatTheContextAndChecksums() throws Exception {
        List<Path> written = Exports.writeAll(Fixtures.dataset(), dir.resolve("export"));
        Path out = dir.resolve("export");
        List<String> expected = new java.util.ArrayList<>(Arrays.stream(Format.values()).map(Format::fileName).toList());
        expected.add(expected.indexOf("csto-kg.jsonld") + 1, "context.jsonld");
        expected.add("SHA256SUMS");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"));
        assertThat(sums).hasSize(expected.size() - 1);
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertThat(parts[0]).as(line).isEqualTo(FileHash.of(out.resolve(parts[1])));
        }
    }

    @Test
    void aChecksumLineNamesTheFileItHashes() throws Exception {
        Path out = dir.resolve("export");
        Exports.writeAll(Fixtures.dataset(), out);
        Files.writeString(out.resolve("csto-kg.nt"), "tampered\n");
        String line = Files.readAllLines(out.resolve("SHA256SUMS")).stream()
                .filter(l -> l.endsWith("  csto-kg.nt")).findFirst().orElseThrow();
        assertThat(line.substring(0, 64)).isNotEqualTo(FileHash.of(out.resolve("csto-kg.nt")));
    }

    @Test
    void aDatasetWithNothingToExportIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("export");
        assertThatThrownBy(() -> Exports.writeAll(DatasetFactory.create(), out))
                .isInstanceOf(ExportException.class)
                .hasMessage("nothing to export: no typed resource outside the ontology, shapes, inferred and void graphs");
        assertThat(out).doesNotExist();
    }
}
