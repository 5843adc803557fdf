package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leave one out on the real article, sampled: 30 single facts drawn with a fixed seed from
 * {@code data/edm-19-2.yaml} ({@link FactFileDeletions}), each deleted alone; a deletion that
 * {@code kg validate} refuses is skipped and another drawn. A deletion is noticed when
 * {@code kg audit} then fails. That means something only when the complete data passes the audit,
 * so the test first requires that. Issue 11 asks for at least 95% (29 of 30): the audit notices 29
 * of this sample (redrawn when the data changed; 27 at fb6603e, 28 at 73714f1, 29 at 758eb4d, 30 at
 * 74614d7, 27 at 226fa1e), and 415 of all 426 deletions that validate (97%, issue 11's 95% met; 410
 * of 426 at 6ab83c4; 408 of 426 at
 * 26008ba; 401 of 425 at 73714f1, 94%; 395 of 423 at 758eb4d, 93%: since 758eb4d every single item of a list is a deletion
 * of its own, and 15 of the 57 new ones were missed; 353 of 366 before, at 4b543f1; the full run is the measure;
 * {@code -DleaveOneOut.sample=100000} measures them all; docs/audit.md#leave-one-out has the table,
 * what it cannot see, and why fewer deletions validate than before: shapes refuse some). The
 * assertion holds the measured floor, so that a weaker audit or looser data fails the build; raise
 * it when the audit notices more. The sampler prints every miss.
 */
class TestRealArticleLeaveOneOut {
    /** The fact files sampled: {@code data/}, or another copy with {@code -DleaveOneOut.data=DIR}. */
    private static final Path DATA = Path.of(System.getProperty("leaveOneOut.data", "data"));
    /** Their ontology: {@code ontology/}, or {@code -DleaveOneOut.ontology=DIR}. */
    private static final String ONTOLOGY = System.getProperty("leaveOneOut.ontology", "ontology");
    private static final String FILE = "edm-19-2.yaml";
    static final long SEED = 11;
    /** Deletions tried: 30, or {@code -DleaveOneOut.sample=N} (a larger N measures more of the file). */
    static final int SAMPLE = Integer.getInteger("leaveOneOut.sample", 30);
    /**
     * Only the deletions whose name ("line 562: the list item …") contains one of these
     * {@code |}-separated strings: {@code -DleaveOneOut.only="line 562:|line 744:"} re-measures the
     * misses of a full run (a measurement, not the held sample).
     */
    static final String ONLY = System.getProperty("leaveOneOut.only", "");
    /**
     * Noticed of the sample when measured (issue 11's goal is 29). 29 since Putin's decision's
     * {@code after} has words of its own (its long form changed the deletions, so the sample was
     * redrawn; it holds one of the full run's misses, Almaty province's {@code locatedIn}). 27 after check 5 read the words of
     * a declaration that hold none of its names as a name (the officials in Moscow gained an alias, so
     * the deletions changed and the sample was redrawn): it holds three of the full run's 16 misses
     * (the two {@code after} fields and the chairmanship's {@code describedAs}), the luck of the draw,
     * not a weaker audit (the full run rose from 401 of 425 to 408 of 426, and to 410 with check 19,
     * a list named in its words). 28 at 73714f1 (the mission's
     * group words "national contingent"; two of the then 24 misses, the two {@code after} fields;
     * the full run rose from 395 to 401). 29 at 758eb4d (the generator's
     * deletions changed: every list item alone; one new miss, an item of {@code vehiclesBroughtBy},
     * since noticed), 30 at 74614d7 (none of the 13 misses), 27 at 226fa1e (3 of 29).
     */
    static final int MEASURED = 29;

    @TempDir
    Path temp;

    @Test
    void noFewerSampledDeletionsFailTheAuditThanMeasured() throws IOException {
        KgRun complete = KgRun.of("audit", "--data", DATA.toString(), "--ontology", ONTOLOGY);
        assertThat(complete.code()).as("the complete data passes the audit, else no deletion can be noticed:\n"
                + complete.out()).isZero();
        List<FactFileDeletions.Deletion> candidates = new ArrayList<>(FactFileDeletions.of(Files.readString(DATA.resolve(FILE))));
        Collections.shuffle(candidates, new Random(SEED));
        int tried = 0;
        List<String> missed = new ArrayList<>();
        for (FactFileDeletions.Deletion deletion : candidates) {
            if (tried == SAMPLE) break;
            if (!ONLY.isEmpty() && java.util.Arrays.stream(ONLY.split("\\|")).noneMatch(deletion.name()::contains)) continue;
            Path data = write(deletion.text());
            if (KgRun.of("validate", "--data", data.toString(), "--ontology", ONTOLOGY).code() != 0) continue;
            tried++;
            if (KgRun.of("audit", "--data", data.toString(), "--ontology", ONTOLOGY).code() != 1) missed.add(deletion.name());
        }
        System.out.println("leave one out, real article (seed " + SEED + "): " + (tried - missed.size()) + " of " + tried
                + " sampled deletions fail the audit");
        missed.forEach(m -> System.out.println("  not noticed: " + m));
        if (SAMPLE != 30 || !ONLY.isEmpty()) return; // a measurement of more of the file, not the held sample
        assertThat(tried).isEqualTo(SAMPLE);
        assertThat(tried - missed.size()).as("noticed deletions; missed: " + missed).isGreaterThanOrEqualTo(MEASURED);
    }

    private Path write(String text) throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        Files.writeString(data.resolve(FILE), text);
        Files.copy(DATA.resolve("external-ids.yaml"), data.resolve("external-ids.yaml"));
        return data;
    }
}
