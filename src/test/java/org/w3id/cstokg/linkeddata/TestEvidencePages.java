package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** The evidence on {@code /doc/} pages, from the made-up article of {@code evidence.trig}, with and without its text. */
class TestEvidencePages {
    static final String EVIDENCE = "src/test/resources/linkeddata/evidence.trig";
    static final Path SOURCES = Path.of("src/test/resources/linkeddata/sources");
    private static FixtureServer withText;
    private static FixtureServer withoutText;

    @BeforeAll static void start() {
        withText = new FixtureServer(FixtureServer.dataset(EVIDENCE), SourceTextFolder.in(SOURCES));
        withoutText = new FixtureServer(FixtureServer.dataset(EVIDENCE));
    }

    @AfterAll static void stop() {
        withText.close();
        withoutText.close();
    }

    private static String page(FixtureServer server, String name) throws Exception {
        HttpResponse<String> response = server.get("/doc/" + name, "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test void eachValueShowsItsParagraphAndWordsLinkedToTheirSpan() throws Exception {
        assertThat(page(withText, "blue-contingent"))
                .contains("<a href=\"/id/blueland\">Blueland</a><span class=\"ev\"><a href=\"/id/fixture-article/p1\">\u00b61</a> "
                        + "<a href=\"/source/fixture-article#span-166-194\">\u201cBlueland sent its contingent\u201d</a></span>")
                .contains("battle-tested <span class=\"lit-meta\">@en</span><span class=\"ev\"><a href=\"/id/fixture-article/p2\">\u00b62</a> "
                        + "<a href=\"/source/fixture-article#span-299-336\">\u201ccalled the contingent \u201cbattle-tested\u201d\u201d</a></span>")
                .contains("<a href=\"/source/fixture-article#span-198-213\">\u201csome 300 troops\u201d</a> <span class=\"cites\">(citing "
                        + "<a href=\"/id/example-agency\">Example Agency</a>, 2022-03-01; <a href=\"/id/other-wire\">Other Wire</a>, 2022-03-02)</span></span></td>");
    }

    @Test void citationsWithoutWordsShareOneLine() throws Exception {
        assertThat(page(withText, "blue-contingent")).contains("\u201cBlueland sent its contingent\u201d</a></span><span class=\"ev\">"
                + "<a href=\"/id/fixture-article/p2\">\u00b62</a> \u00b7 <a href=\"/id/fixture-article/caption\">caption</a></span></td>");
    }

    @Test void aTripleWithoutReifierShowsNoEvidence() throws Exception {
        assertThat(page(withText, "blue-contingent")).containsPattern("approximate</a></th><td>true <span class=\"lit-meta\">xsd:boolean</span></td>");
    }

    @Test void wordsWithoutPositionAreShownButNotLinked() throws Exception {
        assertThat(page(withText, "blueland"))
                .contains("<span class=\"ev\"><a href=\"/id/fixture-article/caption\">caption</a> \u201cBlue soldiers\u201d</span>")
                .doesNotContain("<mark");
    }

    @Test void withTheTextTheCitedParagraphsAreShownOnceWithTheWordsMarked() throws Exception {
        String body = page(withText, "blue-contingent");
        assertThat(body).contains("<h2>In the source\u2019s words</h2>")
                .contains("<mark class=\"from\" title=\"Blueland sent its contingent\"><a href=\"/source/fixture-article#span-166-194\">Blueland sent its contingent</a></mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").doesNotContain("<script>")
                .contains("\u201cbattle-tested\u201d</a></mark>")
                .contains("<a href=\"/source/fixture-article#top\">The whole text");
        assertThat(body.split("<blockquote class=\"cited\">", -1)).hasSize(3);
        assertThat(body).contains("<blockquote class=\"cited\"><span class=\"part\">\u00b61</span> \uD83D\uDE00 <mark");
    }

    @Test void withoutTheTextThePageSaysWhereToReadIt() throws Exception {
        String body = page(withoutText, "blue-contingent");
        assertThat(body).contains("\u201ccalled the contingent &quot;battle-tested&quot;\u201d")
                .contains("<a href=\"/id/fixture-article/p1\">\u00b61</a> \u201cBlueland sent its contingent\u201d</span>")
                .contains("<p class=\"no-text\">This server does not have the text of <a href=\"/id/fixture-article\">A Made-Up Report on the Blue Contingent</a>; "
                        + "read it where it is published, <a href=\"https://example.org/made-up-report\">https://example.org/made-up-report</a>")
                .doesNotContain("<mark").doesNotContain("/source/");
    }

    @Test void aPageCitingWithoutWordsStillSaysWhereToReadTheText() throws Exception {
        assertThat(page(withoutText, "greenland"))
                .contains("Greenland <span class=\"lit-meta\">@en</span><span class=\"ev\"><a href=\"/id/fixture-article/p2\">\u00b62</a></span>")
                .contains("read it where it is published, <a href=\"https://example.org/made-up-report\">")
                .contains("(this page cites \u00b62).</p>");
        assertThat(page(withText, "greenland")).doesNotContain("<mark").contains("<a href=\"/source/fixture-article#top\">The whole text");
    }

    @Test void selectorsAndReifiersAreNotPartsOrIncomingLinks() throws Exception {
        String body = page(withText, "blue-contingent");
        assertThat(body).contains("<h3><a href=\"/id/blue-contingent/troops\">")
                .doesNotContain("/quote\"").doesNotContain("/position\"").doesNotContain("/stated/");
        assertThat(page(withText, "blueland")).doesNotContain("Incoming links</h2>\n<ul>\n<li><a href=\"/id/fixture-article/stated");
    }

    @Test void aReifierHasAPlainPage() throws Exception {
        String body = page(withText, "fixture-article/stated/0000000000000005");
        assertThat(body).contains("<a href=\"/id/blue-contingent\">Blue contingent</a>")
                .contains("<a href=\"/ontology#contributedBy\">").contains("<h2>Sources</h2>");
    }

    @Test void theRdfDescriptionIncludesTheReifiersOfItsTriples() throws Exception {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(withText.get("/doc/blue-contingent", "text/turtle").body(), Lang.TURTLE).parse(model);
        assertThat(model.listSubjectsWithProperty(RDF.type, RDF.Statement).toList()).hasSize(8);
        assertThat(model.contains(model.createResource(Ids.entity("fixture-article/stated/0000000000000007")), KG.citation,
                model.createResource(Ids.citation("blue-contingent/describedAs", 1)))).isTrue();
        assertThat(model.contains(model.createResource(Ids.entity("fixture-article/stated/0000000000000001")), null, (org.apache.jena.rdf.model.RDFNode) null)).isFalse();
    }
}
