package org.w3id.cstokg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.server.CstoServer;

/**
 * The evidence as a browser shows it, on the made-up article of {@code linkeddata/evidence.trig}
 * served by {@link CstoServer} with and without its text: the notes under each value, the marked
 * paragraph, and the jump from a note to its words on the {@code /source/} page. Screenshots go
 * to {@code target/browser/}.
 */
class TestEvidenceInBrowser {
    private static final Path FIXTURE = Path.of("src/test/resources/linkeddata/evidence.trig");
    private static final Path SOURCES = Path.of("src/test/resources/linkeddata/sources");
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path root;
    private static CstoServer withText;
    private static CstoServer withoutText;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void serveTheFixtureAndStartChromium() throws Exception {
        withText = CstoServer.create().port(0).dataset(fixture()).sourcesDir(SOURCES).build().start();
        withoutText = CstoServer.create().port(0).dataset(fixture()).build().start();
        chromium = HeadlessChromium.start(Files.createDirectories(root.resolve("chromium-profile")), 1000, 700);
    }

    private static Dataset fixture() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, FIXTURE.toString());
        return dataset;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (withText != null) withText.stop();
        if (withoutText != null) withoutText.stop();
    }

    @Test
    void aPageShowsEachValuesWordsAndTheirParagraphMarked() throws Exception {
        chromium.navigate(withText.baseUrl() + "doc/blue-contingent");
        chromium.screenshot(TestBrowserPages.SCREENSHOTS.resolve("evidence-fixture-with-text.png"));
        assertThat(chromium.evaluate("document.querySelectorAll('.ev').length").asInt()).isEqualTo(9);
        assertThat(chromium.evaluate("Array.from(document.querySelectorAll('blockquote.cited mark')).map(m => m.textContent).join('|')").asText())
                .isEqualTo("Blueland sent its contingent|some 300 troops|called the contingent \u201cbattle-tested\u201d");
        assertThat(chromium.evaluate("getComputedStyle(document.querySelector('mark')).backgroundColor").asText())
                .isEqualTo("rgb(253, 230, 138)");
    }

    @Test
    void aNoteLeadsToItsWordsInTheWholeText() throws Exception {
        chromium.navigate(withText.baseUrl() + "doc/blue-contingent");
        String href = chromium.evaluate("Array.from(document.querySelectorAll('.ev a')).find(a => a.textContent.includes('some 300 troops')).href").asText();
        assertThat(href).isEqualTo(withText.baseUrl() + "source/fixture-article#span-198-213");
        chromium.navigate(href);
        chromium.waitFor("document.getElementById('span-198-213') !== null", LOAD_TIMEOUT);
        chromium.screenshot(TestBrowserPages.SCREENSHOTS.resolve("evidence-fixture-source.png"));
        assertThat(chromium.evaluate("document.getElementById('span-198-213').nextElementSibling.textContent").asText()).isEqualTo("some 300 troops");
        assertThat(chromium.evaluate("document.getElementById('facts-span-198-213').textContent").asText())
                .contains("kg:troopCount").contains("schema:value 300");
        assertThat(chromium.evaluate("document.getElementById('facts-span-198-213').closest('details').open").asBoolean())
                .as("the facts are folded until asked for").isFalse();
        chromium.evaluate("document.querySelector('#span-198-213 + mark a').click()");
        chromium.waitFor("document.getElementById('facts-span-198-213').closest('details').open", LOAD_TIMEOUT);
        assertThat(chromium.evaluate("location.hash").asText()).isEqualTo("#facts-span-198-213");
        assertThat(chromium.evaluate("document.querySelectorAll('script').length").asInt()).isZero();
    }

    @Test
    void withoutTheTextThePageLinksToWhereItIsPublished() throws Exception {
        chromium.navigate(withoutText.baseUrl() + "doc/blue-contingent");
        chromium.screenshot(TestBrowserPages.SCREENSHOTS.resolve("evidence-fixture-without-text.png"));
        assertThat(chromium.evaluate("document.querySelectorAll('.ev').length").asInt()).isEqualTo(9);
        assertThat(chromium.evaluate("document.querySelectorAll('mark').length").asInt()).isZero();
        assertThat(chromium.evaluate("document.querySelector('.no-text a[href^=\"https:\"]').href").asText())
                .isEqualTo("https://example.org/made-up-report");
    }
}
