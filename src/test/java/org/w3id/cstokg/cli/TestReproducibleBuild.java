package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.synthetic.CorpusGenerator;

/**
 * Two full builds of the same files, into two different folders and in two JVMs, with
 * {@code SOURCE_DATE_EPOCH} set, publish the same bytes: every file {@code SHA256SUMS} lists, {@code
 * SHA256SUMS} itself and {@code void.ttl} (docs/build.md "The same files, the same bytes"). Blank-node
 * labels, the order of graphs and the output folder's path must not leak into the dumps. Without
 * {@code SOURCE_DATE_EPOCH} only the VoID description's {@code dcterms:created} may differ, and with
 * it the order of some lines. On the
 * real article and on a generated corpus of several files.
 */
class TestReproducibleBuild {
    private static final Path ONTOLOGY = Path.of("ontology");
    private static final Path QC = Path.of("queries", "qc");
    private static final String EPOCH = "1764892800";

    @TempDir
    Path temp;

    @Test
    void theRealArticleBuiltTwiceGivesTheSameBytes() throws Exception {
        assertSameBytes(Path.of("data"));
    }

    @Test
    void aGeneratedCorpusBuiltTwiceGivesTheSameBytes() throws Exception {
        Path data = temp.resolve("generated");
        CorpusGenerator.create().files(5).seed(3).out(data).generate();
        assertSameBytes(data);
    }

    @Test
    void withoutSourceDateEpochOnlyTheCreationTimeDiffers() throws Exception {
        Path first = build(Path.of("data"), temp.resolve("first"), java.util.Map.of());
        Path second = build(Path.of("data"), temp.resolve("second"), java.util.Map.of());
        String firstTime = created(first), secondTime = created(second);
        assertThat(firstTime).as("two builds, two times").isNotEqualTo(secondTime);
        for (String file : listed(first)) {
            assertThat(withoutTime(second.resolve(file), secondTime)).as(file + " but for the creation time")
                    .isEqualTo(withoutTime(first.resolve(file), firstTime));
        }
    }

    private void assertSameBytes(Path data) throws Exception {
        Path first = build(data, temp.resolve("first"), java.util.Map.of("SOURCE_DATE_EPOCH", EPOCH));
        Path second = build(data, temp.resolve("second-elsewhere"), java.util.Map.of("SOURCE_DATE_EPOCH", EPOCH));
        List<String> files = listed(first);
        assertThat(files).as("the dumps are listed").contains("csto-kg.nq", "csto-kg.trig", "csto-kg.nt", "csto-kg.ttl");
        for (String file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as(file + ": the first byte that differs (-1: none)").isEqualTo(-1L);
        }
        assertThat(Files.mismatch(first.resolve("SHA256SUMS"), second.resolve("SHA256SUMS"))).isEqualTo(-1L);
        assertThat(Files.mismatch(first.resolve("void.ttl"), second.resolve("void.ttl"))).isEqualTo(-1L);
        assertThat(Files.readString(first.resolve("void.ttl"))).as("the build's time is SOURCE_DATE_EPOCH's")
                .contains("\"2025-12-05T00:00:00Z\"^^xsd:dateTime");
    }

    /** A full build in a child JVM (the environment cannot be set in this one); its generation folder. */
    private static Path build(Path data, Path out, java.util.Map<String, String> environment) throws Exception {
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process child = ServedGeneration.kg(log, List.of(), environment, "build", "--data", data.toString(),
                "--ontology", ONTOLOGY.toString(), "--qc", QC.toString(), "--out", out.toString(), "--full");
        assertThat(child.waitFor()).as(Files.readString(log)).isZero();
        return out.resolve("current");
    }

    private static List<String> listed(Path generation) throws IOException {
        return Files.readAllLines(generation.resolve("SHA256SUMS")).stream().map(l -> l.substring(l.indexOf("  ") + 2)).toList();
    }

    /** The file with the creation time replaced. */
    private static String withoutTime(Path file, String time) throws IOException {
        return Files.readString(file).replace(time, "TIME");
    }

    /** The VoID description's {@code dcterms:created} value, as void.ttl writes it. */
    private static String created(Path generation) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("dcterms:created\\s+\"([^\"]+)\"")
                .matcher(Files.readString(generation.resolve("void.ttl")));
        assertThat(m.find()).as("void.ttl states when it was made").isTrue();
        return m.group(1);
    }
}
