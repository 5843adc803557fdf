package org.w3id.cstokg.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.explore.GraphView;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.PropertyGraphBuilder;
import org.w3id.cstokg.linkeddata.ResourceDocumentServlet;
import org.w3id.cstokg.vocab.Ids;

class TestDisplayLabel {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX ex: <http://example.org/>
            """;
    private static final String FIXTURE = "src/test/resources/label/several-labels.trig";
    private static final String KAZAKHSTAN = Ids.entity("kazakhstan");

    private static Optional<String> labelOfX(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(graph);
        return DisplayLabel.of(graph, NodeFactory.createURI("http://example.org/x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English before another language          | ex:x rdfs:label "Kasachstan"@de, "Kazakhstan"@en .                        | Kazakhstan
            English before regional English          | ex:x rdfs:label "Kazakhstan (UK)"@en-GB, "Kazakhstan"@en .                | Kazakhstan
            regional English before no language      | ex:x rdfs:label "Kazakstan", "Kazakhstan"@en-GB .                         | Kazakhstan
            no language before another language      | ex:x rdfs:label "Kasachstan"@de, "Kazakhstan" .                           | Kazakhstan
            a language tag in any case               | ex:x rdfs:label "Kazakstan", "Kazakhstan"@EN .                            | Kazakhstan
            of equals, the lexically smallest        | ex:x rdfs:label "Qazaqstan"@en, "Kazakhstan"@en .                         | Kazakhstan
            rdfs:label before skos:prefLabel         | ex:x rdfs:label "Kasachstan"@de ; skos:prefLabel "Kazakhstan"@en .        | Kasachstan
            skos:prefLabel before dcterms:title      | ex:x skos:prefLabel "Kazakhstan"@de ; dcterms:title "A title"@en .        | Kazakhstan
            dcterms:title when nothing else          | ex:x dcterms:title "Kazakhstan" .                                         | Kazakhstan
            an IRI value is no label                 | ex:x rdfs:label ex:kazakhstan ; skos:prefLabel "Kazakhstan"@de .          | Kazakhstan
            """)
    void picksThePreferredLabel(String rule, String turtle, String expected) {
        assertThat(labelOfX(turtle)).as(rule).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ex:x skos:altLabel \"Kazakhstan\"@en .",
            "ex:x rdfs:label ex:kazakhstan .",
            "ex:y rdfs:label \"Kazakhstan\"@en . ex:x ex:sameAs ex:y .",
            "ex:x rdfs:comment \"Kazakhstan\"@en ."})
    void aResourceWithoutLabelHasNone(String turtle) {
        assertThat(labelOfX(turtle)).isEmpty();
    }

    /** The state of the fixture has six labels; the exports, the explorer and its Linked Data pages all show the same one. */
    @Test
    void aResourceWithSeveralLabelsIsShownByTheSameOneEverywhere() throws Exception {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, FIXTURE);
        String expected = "Kazakhstan";
        assertThat(DisplayLabel.of(dataset.asDatasetGraph().getUnionGraph(), NodeFactory.createURI(KAZAKHSTAN))).contains(expected);

        PropertyGraph graph = PropertyGraphBuilder.create(dataset).build();
        PropertyGraph.Node exported = graph.nodes().stream().filter(n -> n.iri().equals(KAZAKHSTAN)).findFirst().orElseThrow();
        assertThat(exported.label()).isEqualTo(expected);
        assertThat(exported.data()).containsEntry("name", expected).containsEntry("label", expected);
        assertThat(GraphView.of(dataset).node(KAZAKHSTAN).orElseThrow().label()).isEqualTo(expected);

        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .addServlet("/doc/*", new ResourceDocumentServlet(dataset)).build().start();
        try {
            assertThat(html(server, "/doc/kazakhstan"))
                    .contains("<title>" + expected + " — csto-kg</title>")
                    .contains("<h1>" + expected + "</h1>");
            assertThat(html(server, "/doc/csto-mission-kazakhstan-2022"))
                    .contains("<a href=\"/id/kazakhstan\">" + expected + "</a>");
        } finally {
            server.stop();
        }
    }

    private static String html(FusekiServer server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path))
                .header("Accept", "text/html").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
