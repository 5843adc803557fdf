package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.audit.SmallArticle;
import picocli.CommandLine;

class TestAuditCommand {

    private static final String FACT_FILE = """
            document:
              id: small-1
              title: Test Mission Ends Early (Part One)
              outlet: small-monitor
              paragraphs: 4
            entities:
              - {id: small-monitor, type: outlet, name: Small Monitor}
            audit:
              - {para: 3, text: one, reason: "'one commander' states no fact of its own"}
            """;

    @TempDir
    Path dir;
    Path source;
    Path graph;
    Path data;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        source = SmallArticle.write(dir);
        graph = dir.resolve("kg.trig");
        try (InputStream in = getClass().getResourceAsStream("/audit/small-article.trig")) {
            Files.copy(in, graph);
        }
        data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE);
    }

    private int kg(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void completeGraphExitsZero() {
        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "audit: 4 paragraphs and the caption, 23 mentions (1 exempted), 0 missing, 0 stale exemptions");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void somethingMissingExitsOne() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE.replace("para: 3", "para: 2"));

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString(),
                "--document", "small-1");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "paragraph 2: exemption \"one\" matches no mention (stale; its reason: 'one commander' states no fact of its own)",
                "paragraph 3: \"one\" (1) — no fact citing paragraph 3 states 1",
                "audit: 4 paragraphs and the caption, 23 mentions (0 exempted), 1 missing, 1 stale exemption");
    }

    @Test
    void anUnreadableSourceExitsTwoWithoutAStackTrace() {
        int code = kg("audit", "--source", dir.resolve("nope.txt").toString(), "--graph", graph.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kg audit: cannot read " + dir.resolve("nope.txt") + " (no such file)\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aSourceWithoutParagraphsExitsTwo() throws IOException {
        Files.writeString(source, "Only a title\n");

        assertThat(kg("audit", "--source", source.toString(), "--graph", graph.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kg audit: " + source + " has no paragraphs to audit\n");
    }

    @Test
    void aMissingGraphExitsTwo() {
        Path none = dir.resolve("none.trig");

        assertThat(kg("audit", "--source", source.toString(), "--graph", none.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kg audit: no graph at " + none + " (build it first, or leave out --graph)\n");
    }

    @Test
    void anUnknownDocumentExitsTwo() {
        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--document", "small-9");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "kg audit: " + graph + ": the graph has no kg:Article <https://w3id.org/csto-kg/id/small-9>\n");
    }

    @Test
    void aBadAuditEntryExitsTwo() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE.replace("text: one, ", ""));

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(data.resolve("small-1.yaml") + ":9:5: missing key 'text' in audit note\n"
                + "kg audit: the fact files have 1 error(s); nothing audited\n");
    }

    @Test
    void withoutSourceItIsAUsageError() {
        assertThat(kg("audit", "--graph", graph.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--source=FILE'");
    }
}
