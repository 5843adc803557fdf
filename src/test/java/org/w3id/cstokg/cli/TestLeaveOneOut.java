package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.audit.GoldenArticle;

/**
 * Leave one out on the small invented article (audit/small/): every single fact one could delete
 * from its fact file ({@link FactFileDeletions}: an item, a field, a list item, a count's flag)
 * that still passes {@code kg validate} makes {@code kg audit} fail. 100%: a deletion the audit does
 * not notice is a hole in the audit.
 */
class TestLeaveOneOut {
    private static final String FILE = "small-1.yaml";

    @TempDir
    Path temp;

    @Test
    void everyDeletionThatStillValidatesFailsTheAudit() throws IOException {
        Path complete = GoldenArticle.data();
        assertThat(KgRun.of("audit", "--data", complete.toString()).code()).as("the complete facts pass").isZero();
        List<FactFileDeletions.Deletion> deletions = FactFileDeletions.of(Files.readString(complete.resolve(FILE)));
        List<String> unnoticed = new ArrayList<>();
        int valid = 0;
        for (FactFileDeletions.Deletion deletion : deletions) {
            Path data = Files.createTempDirectory(temp, "data");
            Files.writeString(data.resolve(FILE), deletion.text());
            if (KgRun.of("validate", "--data", data.toString()).code() != 0) continue;
            valid++;
            if (KgRun.of("audit", "--data", data.toString()).code() != 1) unnoticed.add(deletion.name());
        }
        System.out.println("leave one out, small article: " + (valid - unnoticed.size()) + " of " + valid
                + " deletions that still validate fail the audit (" + deletions.size() + " deletions in all)");
        assertThat(valid).as("deletions that still validate").isGreaterThanOrEqualTo(15);
        assertThat(unnoticed).as("deletions the audit did not notice").isEmpty();
    }
}
