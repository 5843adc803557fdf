package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KgDataset;
import picocli.CommandLine;

/**
 * The VoID description served by {@code kg serve} on the real graph: each count equals the COUNT
 * query at the {@code void:sparqlEndpoint} it names, for the dataset and for each named graph;
 * its URLs are the server's, the bound port's or {@code --base-url}.
 */
class TestVoidAtTheEndpoint {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path db;

    @BeforeAll
    static void build() {
        assertThat(Main.run("build", "--out", db.toString())).isZero();
    }

    @Test
    void everyCountIsTheCountAtTheEndpointItNames() throws Exception {
        try (KgStore store = KgStore.open(db)) {
            CstoServer server = serve(store);
            try {
                Model description = voidOf(server);
                Resource ds = description.getResource(KgDataset.DATASET);
                String endpoint = ds.getRequiredProperty(VOID.sparqlEndpoint).getResource().getURI();
                assertThat(endpoint).isEqualTo(server.baseUrl() + "csto/sparql");
                assertThat(count(ds, VOID.triples)).isGreaterThan(5000)
                        .isEqualTo(count(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
                assertThat(count(ds, VOID.classes)).isEqualTo(count(endpoint, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"));
                assertThat(count(ds, VOID.properties)).isEqualTo(count(endpoint, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"));
                assertThat(count(ds, VOID.entities)).isEqualTo(count(endpoint,
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Ids.NS + "\")) }"));
                List<String> graphs = List.of(Graphs.forDocument("edm-19-2"), Graphs.LINKS, Graphs.ONTOLOGY,
                        Graphs.SHAPES, Graphs.INFERRED, Graphs.VOID);
                for (String g : graphs) {
                    Resource subset = description.getResource(g);
                    assertThat(description.contains(ds, VOID.subset, subset)).as("subset %s", g).isTrue();
                    assertThat(count(subset, VOID.triples)).as("triples of %s", g).isPositive()
                            .isEqualTo(count(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } }"));
                }
                assertThat(description.listObjectsOfProperty(VOID.subset).toList().stream()
                        .filter(r -> r.asResource().getURI().startsWith(Graphs.NS)).count())
                        .isEqualTo(count(endpoint, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }"));
                for (RDFNode url : description.listObjectsOfProperty(DCAT.downloadURL).toList()) {
                    assertThat(url.asResource().getURI()).startsWith(server.baseUrl() + "dumps/");
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void theUrlsFollowTheBaseUrlOption() throws Exception {
        try (KgStore store = KgStore.open(db)) {
            CstoServer server = serve(store, "--base-url", "https://kg.example.org/csto-kg/");
            try {
                Model description = voidOf(server);
                assertThat(description.getResource(KgDataset.DATASET).getRequiredProperty(VOID.sparqlEndpoint)
                        .getResource().getURI()).isEqualTo("https://kg.example.org/csto-kg/csto/sparql");
                List<RDFNode> urls = description.listObjectsOfProperty(DCAT.downloadURL).toList();
                assertThat(urls).isNotEmpty().allSatisfy(url ->
                        assertThat(url.asResource().getURI()).startsWith("https://kg.example.org/csto-kg/dumps/csto-kg"));
                assertThat(description.listObjectsOfProperty(DCAT.endpointURL).toList()).extracting(r -> r.asResource().getURI())
                        .containsExactly("https://kg.example.org/csto-kg/csto/sparql");
            } finally {
                server.stop();
            }
        }
    }

    private static CstoServer serve(KgStore store, String... options) {
        ServeCommand serve = new ServeCommand();
        String[] args = new String[options.length + 4];
        args[0] = "--port";
        args[1] = "0";
        args[2] = "--db";
        args[3] = db.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        new CommandLine(serve).parseArgs(args);
        return serve.start(store, Optional.empty());
    }

    private static Model voidOf(CstoServer server) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ".well-known/void"))
                .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(model);
        return model;
    }

    private static long count(Resource subject, Property p) {
        return subject.getRequiredProperty(p).getLong();
    }

    private static long count(String endpoint, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }
}
