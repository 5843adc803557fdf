package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /source/ID}: the whole text with every span of evidence marked, or a plain 404. */
class TestSourceTextServlet {
    private static final String TEXT_FILE = "fixture-article-a-made-up-report.txt";
    @TempDir static Path changed;
    private static FixtureServer withText;
    private static FixtureServer withoutText;
    private static FixtureServer withChangedText;

    @BeforeAll static void start() throws Exception {
        withText = new FixtureServer(FixtureServer.dataset(TestEvidencePages.EVIDENCE), SourceTextFolder.in(TestEvidencePages.SOURCES));
        withoutText = new FixtureServer(FixtureServer.dataset(TestEvidencePages.EVIDENCE));
        String text = Files.readString(TestEvidencePages.SOURCES.resolve(TEXT_FILE), StandardCharsets.UTF_8);
        Files.writeString(changed.resolve(TEXT_FILE), text.replace("some 300 troops", "some 3,000 troops"), StandardCharsets.UTF_8);
        withChangedText = new FixtureServer(FixtureServer.dataset(TestEvidencePages.EVIDENCE), SourceTextFolder.in(changed));
    }

    @AfterAll static void stop() {
        withText.close();
        withoutText.close();
        withChangedText.close();
    }

    @Test void theTextHasEverySpanAnchoredMarkedAndLinkedToItsFacts() throws Exception {
        HttpResponse<String> response = withText.get("/source/fixture-article", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body())
                .contains("<h1 id=\"top\">A Made-Up Report on the Blue Contingent</h1>")
                .contains("Each of its 3 marked runs of words")
                .contains("<span class=\"part\">\u00b61</span> \uD83D\uDE00 <span class=\"anchor\" id=\"span-166-194\"></span>"
                        + "<mark class=\"from\" title=\"Blueland sent its contingent\"><a href=\"#facts-span-166-194\">Blueland sent its contingent</a></mark>")
                .contains("<details><summary>What its 2 marked runs state</summary>\n<ol class=\"facts\">\n<li id=\"facts-span-166-194\"><a href=\"#span-166-194\">\u201cBlueland sent its contingent\u201d</a><br>"
                        + "<a href=\"/id/blue-contingent\">Blue contingent</a>: <a href=\"/ontology#contributedBy\">kg:contributedBy</a> "
                        + "<a href=\"/id/blueland\">Blueland</a> \u00b7 ")
                .contains("<a href=\"/id/blue-contingent/troops\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("Evidence not found");
    }

    @Test void theTitleBylineAndCaptionAreShownUnmarked() throws Exception {
        String body = withText.get("/source/fixture-article", "text/html").body();
        assertThat(body).contains("<p class=\"para\">Publication: Test Monitor Volume: 1 Issue: 1 By: Nobody</p>")
                .contains("<p class=\"para\">Blue soldiers in a made-up photo (Source: nobody)</p>");
    }

    @Test void aTextThatDiffersFromTheBuiltOneMarksOnlyTheWordsStillInPlace() throws Exception {
        String body = withChangedText.get("/source/fixture-article", "text/html").body();
        assertThat(body).contains("Each of its 1 marked runs of words")
                .contains("<h2>Evidence not found at its place in this text</h2>")
                .contains("\u201csome 300 troops\u201d</li>");
    }

    @Test void withoutTheTextItSaysWhereToReadIt() throws Exception {
        HttpResponse<String> response = withoutText.get("/source/fixture-article", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).isEqualTo("This server does not have the text of https://w3id.org/csto-kg/id/fixture-article; "
                + "read it where it is published: https://example.org/made-up-report."
                + " A server started with --sources DIR serves it from the text file in DIR that the fact file names.\n");
    }

    @Test void unknownDocumentsAndOtherResourcesAreNotFound() throws Exception {
        for (String name : new String[] {"no-such-article", "blue-contingent", "fixture-article/p1"}) {
            HttpResponse<String> response = withText.get("/source/" + name, "text/html");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("No article https://w3id.org/csto-kg/id/" + name + ".\n");
        }
    }

    @Test void notAResourcePathIsABadRequest() throws Exception {
        HttpResponse<String> response = withText.get("/source/.hidden", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Not a resource path.\n");
    }

    @Test void traversalIsRejectedWithoutStackTrace() throws Exception {
        HttpResponse<String> response = withText.get("/source/..%2f..%2fetc%2fpasswd", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("root:");
    }
}
