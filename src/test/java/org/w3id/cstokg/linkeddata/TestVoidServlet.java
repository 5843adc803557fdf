package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KgDataset;

class TestVoidServlet {
    private static Dataset dataset;
    private static FixtureServer server;

    @BeforeAll static void start() {
        dataset = FixtureServer.fixture();
        Model description = VoidDescription.create().sparqlEndpoint("http://localhost/csto/sparql")
                .created(Instant.parse("2026-01-02T03:04:05Z")).build().describe(dataset);
        assertThat(Txn.calculateRead(dataset, () -> dataset.getNamedModel(Graphs.VOID).isIsomorphicWith(description))).isTrue();
        server = new FixtureServer(dataset);
    }

    @AfterAll static void stop() { server.close(); }

    private static long count(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** The triples of the description itself, which its counts include. */
    private static long described() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Graphs.VOID + "> { ?s ?p ?o } }");
    }

    @Test void servesTheDescriptionWithCountsOfTheData() throws Exception {
        HttpResponse<String> response = server.get("/.well-known/void", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        Resource ds = model.getResource(KgDataset.DATASET);
        assertThat(ds.getRequiredProperty(VOID.triples).getLong()).isEqualTo(59 + described()).isEqualTo(count("""
                SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"""));
        assertThat(ds.getRequiredProperty(VOID.entities).getLong()).isGreaterThan(13).isEqualTo(count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?s), "https://w3id.org/csto-kg/id/")) }"""));
        assertThat(model.getResource(KgDataset.SPARQL_SERVICE).hasProperty(
                DCAT.endpointURL, model.getResource("http://localhost/csto/sparql"))).isTrue();
    }

    @Test void htmlShowsTheDatasetTitle() throws Exception {
        HttpResponse<String> response = server.get("/.well-known/void", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(
                "<h1>csto-kg: Russian-Led Mission in Kazakhstan Unveils New Peacekeeping Model (Part One)</h1>");
    }

    @Test void datasetIriDereferencesToo() throws Exception {
        assertThat(server.get("/id/dataset", "text/turtle").statusCode()).isEqualTo(303);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(server.get("/doc/dataset", "text/turtle").body(), Lang.TURTLE).parse(model);
        assertThat(model.getResource(KgDataset.DATASET).getRequiredProperty(VOID.triples).getLong()).isEqualTo(59 + described());
    }

    @Test void unsupportedMediaTypeIsNotAcceptable() throws Exception {
        assertThat(server.get("/.well-known/void", "image/png").statusCode()).isEqualTo(406);
    }

    @Test void withoutADescriptionItIsNotFound() throws Exception {
        try (FixtureServer bare = new FixtureServer(FixtureServer.fixture())) {
            HttpResponse<String> response = bare.get("/.well-known/void", "text/turtle");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("No dataset description is loaded.\n");
        }
    }
}
