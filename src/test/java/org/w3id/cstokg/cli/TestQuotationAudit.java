package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Leave one out, for the article's quotations: the real data without any one of its quotation
 * statements fails {@code kg audit}, which finds the quoted words in the article and no fact that
 * quotes them.
 */
class TestQuotationAudit {
    private static final Path DATA = Path.of("data", "edm-19-2.yaml");
    /** A statement item of the fact file, from its {@code - id:} line to the next item or section. */
    private static final Pattern QUOTATION = Pattern.compile(
            "(?m)^  - id: (\\S+)\\n    kind: quotation\\n(?:    .*\\n)*");

    @TempDir
    Path temp;

    static List<String> quotations() throws IOException {
        Matcher m = QUOTATION.matcher(Files.readString(DATA));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) ids.add(m.group(1));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        return ids;
    }

    @ParameterizedTest
    @MethodSource("quotations")
    void withoutTheQuotationTheAuditFails(String id) throws IOException {
        String text = Files.readString(DATA);
        Matcher m = QUOTATION.matcher(text);
        String without = null;
        while (m.find()) if (m.group(1).equals(id)) without = text.substring(0, m.start()) + text.substring(m.end());
        assertThat(without).isNotNull().doesNotContain("id: " + id + "\n");
        Path data = Files.createDirectories(temp.resolve("data"));
        String unreferenced = without.replaceAll("(?m)^ +\\w+: \\[" + id + "\\]\\n", "")
                .replaceAll(", " + id + "\\b|\\b" + id + ", ", "");
        Files.writeString(data.resolve("edm-19-2.yaml"), unreferenced);
        Files.copy(Path.of("data", "external-ids.yaml"), data.resolve("external-ids.yaml"));
        KgRun run = KgRun.of("audit", "--data", data.toString());
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("quotation \u201c").contains(" is quoted by no fact citing paragraph ");
    }
}
