package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("audit");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report + err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        assertThat(report).contains("edm-19-2").containsPattern("audit: 20 paragraphs and the caption, \\d+ mentions")
                .contains(" 0 missing, 0 stale exemptions");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("skipped edm-19-2");
    }
}
