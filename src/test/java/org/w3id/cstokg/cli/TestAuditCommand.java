package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.audit.GoldenArticle;
import picocli.CommandLine;

class TestAuditCommand {

    private static final String FACT_FILE = """
            document:
              id: small-1
              title: Test Mission Ends Early (Part One)
              outlet: small-monitor
              paragraphs: 3
            entities:
              - {id: small-monitor, type: outlet, name: Small Monitor}
            audit:
              - {para: 3, text: one, reason: "'one commander' states no fact of its own"}
              - {para: 3, sentence: It had one commander, reason: "the aside states no fact"}
            """;
    private static final String PASSED = "audit: 3 paragraphs and the caption, 7 sentences (1 exempted), 13 mentions "
            + "(1 exempted), 23 evidence spans, 95 reified triples: 0 problems, 0 stale exemptions";

    @TempDir
    Path dir;
    Path source;
    Path graph;
    Path data;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        source = Files.writeString(dir.resolve("small-article.txt"), GoldenArticle.text());
        graph = dir.resolve("kg.trig");
        try (OutputStream trig = Files.newOutputStream(graph)) {
            RDFDataMgr.write(trig, GoldenArticle.facts(), Lang.TRIG);
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
        assertThat(out.toString().lines()).containsExactly(PASSED);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void somethingMissingExitsOne() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE.replace("para: 3, text", "para: 2, text"));

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString(),
                "--document", "small-1");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "paragraph 2: exemption \"one\" matches nothing (stale; its reason: 'one commander' states no fact of its own)"
                        + " — remove it from the audit: list, or correct its words",
                "paragraph 3: \"one\" (1) lies in no evidence span — give the fact that states 1 evidence words that include \"one\"",
                "audit: 3 paragraphs and the caption, 7 sentences (1 exempted), 13 mentions (0 exempted), 23 evidence spans, "
                        + "95 reified triples: 1 problem, 1 stale exemption");
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
    void anAuditEntryNamesWordsOrASentenceNotBoth() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE.replace("sentence: It had one commander,",
                "sentence: It had one commander, text: one,"));

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith(data.resolve("small-1.yaml") + ":10:25: an audit note names words ('text') "
                + "or a sentence ('sentence'), not both\n");
    }

    @Test
    void aCaptionEntryExemptsANameThatNamesNothing() throws IOException {
        dawnCapitalised();
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE
                + "  - {para: caption, text: Dawn, reason: \"a capital of the caption's own, no name\"}\n");

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).endsWith(PASSED + "\n");
    }

    @Test
    void withoutTheEntryTheNameIsAProblem() throws IOException {
        dawnCapitalised();

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("caption: \"Dawn\" is no name or alias of anything in the graph"
                + " — add it as an alias of what it names, or list it under audit:\n");
    }

    @Test
    void anEntryForASentencesOpeningCapitalIsStale() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), FACT_FILE
                + "  - {para: caption, text: Soldiers, reason: \"opens the caption, so no name\"}\n");

        int code = kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("caption: exemption \"Soldiers\" matches nothing (stale; its reason: opens the"
                + " caption, so no name) — remove it from the audit: list, or correct its words\n"
                + PASSED.replace("0 stale exemptions", "1 stale exemption") + "\n");
    }

    /** The caption's "at dawn" written "at Dawn", in the text and in the graph's evidence (same offsets). */
    private void dawnCapitalised() throws IOException {
        Files.writeString(source, GoldenArticle.text().replace("at dawn", "at Dawn"));
        Files.writeString(graph, Files.readString(graph).replace("at dawn", "at Dawn"));
    }

    private void header(String file, String document, String extra) throws IOException {
        Files.writeString(data.resolve(file), "document:\n  id: " + document + "\n  title: Another\n"
                + "  outlet: small-monitor\n  paragraphs: 1\n" + extra);
    }

    private String withHeaderKeys(String keys) {
        return FACT_FILE.replace("  paragraphs: 3\n", "  paragraphs: 3\n" + keys);
    }

    @Test
    void withoutSourceItAuditsEveryArticleWhoseTextIsPresentAndSaysWhichItSkipped() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), withHeaderKeys("  text: " + source + "\n"));
        header("small-2.yaml", "small-2", "  text: " + dir.resolve("absent.txt") + "\n");
        header("small-3.yaml", "small-3", "");

        int code = kg("audit", "--graph", graph.toString(), "--data", data.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly("small-1: " + source, PASSED);
        assertThat(err.toString().lines()).containsExactly(
                "kg audit: skipped small-2: its text " + dir.resolve("absent.txt") + " is absent",
                "kg audit: skipped small-3: its document header names no text file");
    }

    @Test
    void withoutSourceAMissingMentionInAnyArticleExitsOne() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), withHeaderKeys("  text: " + source + "\n").replace("para: 3, text", "para: 2, text"));

        assertThat(kg("audit", "--graph", graph.toString(), "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).contains("small-1: " + source,
                "paragraph 3: \"one\" (1) lies in no evidence span — give the fact that states 1 evidence words that include \"one\"");
    }

    @Test
    void withoutSourceAndNoTextPresentNothingIsAuditedAndItExitsTwo() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), withHeaderKeys("  text: " + dir.resolve("absent.txt") + "\n"));

        assertThat(kg("audit", "--graph", graph.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "kg audit: skipped small-1: its text " + dir.resolve("absent.txt") + " is absent",
                "kg audit: no article in " + data + " has its text present; nothing audited (or give --source FILE)");
    }

    @Test
    void withoutSourceTheDocumentOptionPicksOneArticle() throws IOException {
        Files.writeString(data.resolve("small-1.yaml"), withHeaderKeys("  text: " + source + "\n"));
        header("small-2.yaml", "small-2", "  text: " + dir.resolve("absent.txt") + "\n");

        assertThat(kg("audit", "--graph", graph.toString(), "--data", data.toString(), "--document", "small-1")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).first().isEqualTo("small-1: " + source);
    }

    @Test
    void theDocumentHeadersLayoutSplitsItsText() throws IOException {
        // A marker as long as "Publication: ", so that the evidence offsets in the graph still hold.
        Files.writeString(source, GoldenArticle.text().replace("Publication: ", "Reported by: "));

        assertThat(kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString()))
                .as("the default layout numbers the 'Reported by:' byline as paragraph 1").isEqualTo(1);

        Files.writeString(data.resolve("small-1.yaml"), withHeaderKeys("  layout: {byline: \"Reported by:\"}\n"));
        out.getBuffer().setLength(0);
        assertThat(kg("audit", "--source", source.toString(), "--graph", graph.toString(), "--data", data.toString()))
                .isZero();
        assertThat(out.toString().lines()).containsExactly(PASSED);
    }

    @Test
    void theRealDataAuditsEveryArticleByTheTextItsHeaderNames() {
        int code = kg("audit");

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).first().isEqualTo(
                "edm-19-2: ../shared/sources/edm-19-2-russian-led-mission-in-kazakhstan-part-one.txt");
        assertThat(lines).last().asString().startsWith("audit: 20 paragraphs and the caption, ").endsWith(": 0 problems, 0 stale exemptions");
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
