package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw verify} audits the real article: {@code kg audit} over data/, as .ci/run runs it,
 * checks every article whose header names a present text against that text. The text is not in
 * the project; it is beside the checkout in ../shared, as the README says. Without it this test
 * fails, saying so, rather than passing without an audit.
 */
class TestRealArticleAudit {
    private static final Path TEXT = Path.of("../shared/sources/edm-19-2-russian-led-mission-in-kazakhstan-part-one.txt");

    @Test
    void theRealArticlePassesTheAudit() {
        assertThat(TEXT).as("the article's text, beside the checkout (../shared, see README)").isRegularFile();
        KgRun run = KgRun.of("audit");
        String report = run.out();
        assertThat(run.code()).as(report + run.err()).isEqualTo(0);
        assertThat(report).contains("edm-19-2").containsPattern("audit: 20 paragraphs and the caption, \\d+ sentences")
                .contains(": 0 problems, 0 stale exemptions");
        assertThat(run.err()).doesNotContain("skipped edm-19-2");
    }
}
