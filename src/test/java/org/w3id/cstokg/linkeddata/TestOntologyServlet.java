package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.cstokg.vocab.KG;

class TestOntologyServlet {
    private static FixtureServer server;

    @BeforeAll static void start() { server = new FixtureServer(FixtureServer.fixture()); }

    @AfterAll static void stop() { server.close(); }

    @ParameterizedTest
    @CsvSource({"application/rdf+xml, RDF/XML", "text/turtle, Turtle", "application/ld+json, JSON-LD", "*/*, RDF/XML"})
    void servesTheOntologyGraph(String accept, String langName) throws Exception {
        HttpResponse<String> response = server.get("/ontology", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        Lang lang = RDFLanguages.nameToLang(langName);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(lang.getContentType().getContentTypeStr());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        assertThat(model.contains(KG.Person, RDF.type, OWL.Class)).isTrue();
        assertThat(model.contains(model.getResource(KG.ONTOLOGY), RDF.type, OWL.Ontology)).isTrue();
        assertThat(model.contains(model.getResource("https://w3id.org/csto-kg/id/russia"), null, (RDFNode) null)).isFalse();
    }

    @Test void htmlHasAnAnchorPerTerm() throws Exception {
        String body = server.get("/ontology", "text/html").body();
        assertThat(body).contains("<h1>csto-kg ontology</h1>").contains("<h2 id=\"Person\">kg:Person</h2>")
                .contains("<h2 id=\"troopCount\">kg:troopCount</h2>").contains("A human being named in a source.");
    }

    @Test void unsupportedMediaTypeIsNotAcceptable() throws Exception {
        HttpResponse<String> response = server.get("/ontology", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).startsWith("Not acceptable. Available media types: application/rdf+xml, text/turtle");
    }

    @Test void withoutAnOntologyGraphItIsNotFound() throws Exception {
        Dataset empty = DatasetFactory.createTxnMem();
        try (FixtureServer bare = new FixtureServer(empty)) {
            HttpResponse<String> response = bare.get("/ontology", "application/rdf+xml");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("No ontology is loaded.\n");
        }
    }
}
