package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgPrefixes;

class TestResourceDocumentServlet {
    private static final Resource CONTINGENT = ModelFactory.createDefaultModel().createResource(Ids.entity("russian-contingent"));
    private static FixtureServer server;

    @BeforeAll static void start() { server = new FixtureServer(FixtureServer.fixture()); }

    @AfterAll static void stop() { server.close(); }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).base(Ids.NS).parse(model);
        return model;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void everyRdfMediaTypeDescribesTheResourceAndItsParts(String mediaType) throws Exception {
        HttpResponse<String> response = server.get("/doc/russian-contingent", mediaType);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.headers().firstValue("Vary")).contains("Accept");
        Model model = parse(response, RDFLanguages.contentTypeToLang(mediaType));
        assertThat(model.contains(CONTINGENT, RDFS.label, model.createLiteral("Russian contingent", "en"))).isTrue();
        Resource troops = model.createResource(Ids.part("russian-contingent", "troops"));
        assertThat(model.contains(troops, model.createProperty(KgPrefixes.SCHEMA + "value"), model.createTypedLiteral(1850))).isTrue();
        assertThat(model.contains(model.createResource(Ids.citation("russian-contingent/troops", 1)), KG.citesOutlet,
                model.createResource(Ids.entity("tass")))).isTrue();
    }

    @Test void rdfDescriptionLeavesOutOtherResourcesAndIncomingLinks() throws Exception {
        Model model = parse(server.get("/doc/russian-contingent", "text/turtle"), Lang.TURTLE);
        assertThat(model.contains(model.createResource(Ids.entity("russia")), RDFS.label)).isFalse();
        assertThat(model.contains(model.createResource(Ids.entity("russian-contingent-landing")), null, (Resource) null)).isFalse();
        assertThat(model.listSubjects().toList()).extracting(Resource::getURI).containsExactlyInAnyOrder(
                Ids.entity("russian-contingent"), Ids.part("russian-contingent", "troops"),
                Ids.citation("russian-contingent", 1), Ids.citation("russian-contingent/troops", 1));
    }

    @Test void ownedPartHasItsOwnDocument() throws Exception {
        Model model = parse(server.get("/doc/russian-contingent/troops", "application/n-triples"), Lang.NTRIPLES);
        assertThat(model.contains(model.createResource(Ids.part("russian-contingent", "troops")), KG.approximate,
                model.createTypedLiteral(true))).isTrue();
        assertThat(model.contains(CONTINGENT, null, (Resource) null)).isFalse();
    }

    @Test void htmlShowsLabelLinksSourcesAndIncomingLinks() throws Exception {
        HttpResponse<String> response = server.get("/doc/russian-contingent", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body())
                .contains("<h1>Russian contingent</h1>")
                .contains("<a href=\"/id/russia\">Russia</a>")
                .contains("<a href=\"/ontology#NationalContingent\">")
                .contains("<h2>Sources</h2>")
                .contains("<a href=\"/id/edm-19-2/p8\">EDM 19/2, paragraph 8</a> of <a href=\"/id/edm-19-2\">Russian-Led Mission")
                .contains(", citing <a href=\"/id/tass\">TASS</a> of 2022-01-19 (for <a href=\"/id/russian-contingent/troops\">")
                .contains("<h2>Incoming links</h2>")
                .contains("<a href=\"/id/russian-contingent-landing\">The Russian contingent lands in Kazakhstan</a>");
    }

    @Test void htmlEscapesLiterals() throws Exception {
        String body = server.get("/doc/vladimir-putin", "text/html").body();
        assertThat(body).contains("<h1>Vladimir Putin</h1>")
                .contains("says &quot;peacekeepers&quot; &amp; &lt;means&gt; it.")
                .doesNotContain("<means>");
    }

    @Test void htmlOfAResourceWithoutIncomingLinksHasNoSuchSection() throws Exception {
        assertThat(server.get("/doc/vladimir-putin", "text/html").body()).doesNotContain("Incoming links");
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "rdf, application/rdf+xml", "jsonld, application/ld+json",
            "nt, application/n-triples", "html, text/html"})
    void extensionNamesTheRepresentationWhateverTheAcceptHeader(String extension, String mediaType) throws Exception {
        HttpResponse<String> response = server.get("/doc/russian-contingent." + extension, "image/png");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.body()).contains("Russian contingent");
    }

    @Test void unknownExtensionIsPartOfTheName() throws Exception {
        assertThat(server.get("/doc/russian-contingent.png", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test void noAcceptHeaderGivesTurtle() throws Exception {
        HttpResponse<String> response = server.get("/doc/vladimir-putin", null);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    }

    @Test void unsupportedMediaTypeIsNotAcceptable() throws Exception {
        HttpResponse<String> response = server.get("/doc/vladimir-putin", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).isEqualTo("Not acceptable. Available media types: text/turtle, text/html, "
                + "application/ld+json, application/n-triples, application/rdf+xml.\n");
    }

    @Test void unknownResourceIsNotFoundWithoutStackTrace() throws Exception {
        HttpResponse<String> response = server.get("/doc/no-such-thing", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("No resource https://w3id.org/csto-kg/id/no-such-thing.\n")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test void traversalIsRejected() throws Exception {
        HttpResponse<String> response = server.get("/doc/..%2f..%2fcsto", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
