package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one servlet behind /ontology and /.well-known/void, here serving a third graph: the links graph. */
class TestNamedGraphServlet {
    private static final String LINKS = "https://w3id.org/csto-kg/graph/links";
    private static final String NONE = "https://w3id.org/csto-kg/graph/none";
    private static Dataset dataset;
    private static FusekiServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        dataset = FixtureServer.fixture();
        server = FusekiServer.create().port(0).loopback(true)
                .addServlet("/links", new NamedGraphServlet(dataset, LINKS, List.of(Representation.TURTLE,
                        Representation.HTML), "No links.", (links, model) -> "<p>" + model.size() + " links</p>"))
                .addServlet("/none", new NamedGraphServlet(dataset, NONE, List.of(Representation.TURTLE),
                        "No such graph.", (links, model) -> ""))
                .build().start();
    }

    @AfterAll static void stop() { server.stop(); }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test void servesTheGraphAsRdf() throws Exception {
        HttpResponse<String> response = get("/links", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model served = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(served);
        Model links = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(LINKS)));
        assertThat(links.size()).isPositive();
        assertThat(served.isIsomorphicWith(links)).isTrue();
    }

    @Test void servesTheGraphsPageAsHtml() throws Exception {
        HttpResponse<String> response = get("/links", "text/html");
        long size = Txn.calculateRead(dataset, () -> dataset.getNamedModel(LINKS).size());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<p>" + size + " links</p>");
    }

    @Test void aTypeNotOfferedIsNotAcceptable() throws Exception {
        HttpResponse<String> response = get("/links", "application/ld+json");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).isEqualTo("Not acceptable. Available media types: "
                + Representation.describe(List.of(Representation.TURTLE, Representation.HTML)) + ".\n");
    }

    @Test void anEmptyGraphIsNotFoundWithItsMessage() throws Exception {
        HttpResponse<String> response = get("/none", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("No such graph.\n");
    }
}
