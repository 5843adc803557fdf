package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.store.Inference;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.OA;

/**
 * A {@code /doc/} document names its other forms ({@code Link: rel="alternate"} in every answer,
 * {@code <link rel="alternate">} in the HTML), and its page lists each stated incoming link once,
 * not again under the super-properties the inferred graph adds; on the real graph with its RDFS closure.
 */
class TestDocumentLinks {
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"alternate\"; type=\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("<li>.*? this</li>");
    private static Dataset dataset;
    private static FixtureServer server;

    @BeforeAll static void start() {
        dataset = org.w3id.cstokg.load.GraphBuilder.create().dataDir(java.nio.file.Path.of("data"))
                .ontologyDir(java.nio.file.Path.of("ontology")).build().dataset();
        assertThat(Inference.materialise(dataset)).isPositive();
        server = new FixtureServer(dataset);
    }

    @AfterAll static void stop() { server.close(); }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/turtle", "application/ld+json"})
    void everyAnswerLinksEveryFormAndEachFormParses(String accept) throws Exception {
        HttpResponse<String> response = server.get("/doc/russia", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher m = LINK.matcher(response.headers().firstValue("Link").orElse(""));
        List<String> types = new ArrayList<>();
        while (m.find()) {
            types.add(m.group(2));
            HttpResponse<String> alternate = server.get(m.group(1), null);
            assertThat(alternate.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(alternate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(types.getLast()));
            if (!types.getLast().equals("text/html"))
                assertThat(RDFParser.fromString(alternate.body(), RDFLanguages.contentTypeToLang(types.getLast()))
                        .base(Ids.NS).toGraph().size()).as(m.group(1)).isPositive();
        }
        assertThat(types).containsExactlyInAnyOrder("text/turtle", "text/html", "application/ld+json",
                "application/n-triples", "application/rdf+xml");
    }

    @Test
    void thePageHeadLinksTheRdfForms() throws Exception {
        String page = server.get("/doc/russia", "text/html").body();
        String head = page.substring(0, page.indexOf("</head>"));
        assertThat(head).contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/doc/russia.ttl\">",
                "<link rel=\"alternate\" type=\"application/ld+json\" href=\"/doc/russia.jsonld\">",
                "<link rel=\"alternate\" type=\"application/n-triples\" href=\"/doc/russia.nt\">",
                "<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"/doc/russia.rdf\">");
    }

    @Test
    void incomingLinksAreTheStatedOnesEachOnce() throws Exception {
        String iri = Txn.calculateRead(dataset, () -> {
            try (var exec = org.apache.jena.query.QueryExecution.dataset(dataset).query("""
                    SELECT ?o WHERE { GRAPH <%s> { ?s ?p ?o }
                      FILTER(isIRI(?s) && STRSTARTS(STR(?o), "%s"))
                      FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(?g != <%s>) } } ORDER BY ?o LIMIT 1"""
                    .formatted(Graphs.INFERRED, Ids.NS, Graphs.INFERRED)).build()) {
                var rows = exec.execSelect();
                return rows.hasNext() ? rows.next().getResource("o").getURI() : null;
            }
        });
        assertThat(iri).as("a resource with an incoming link only the inferred graph has").isNotNull();
        Node resource = NodeFactory.createURI(iri);
        Node inferred = NodeFactory.createURI(Graphs.INFERRED);
        // The evidence machinery (a reifier's rdf:object, a citation's oa:hasSource) shows as evidence, not as links.
        Set<Node> evidence = Set.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode(), OA.hasSource.asNode());
        List<String> stated = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
            String link = q.getSubject() + " " + q.getPredicate();
            if (!q.getGraph().equals(inferred) && q.getSubject().isURI() && !evidence.contains(q.getPredicate())
                    && !stated.contains(link)) stated.add(link);
        }));
        assertThat(stated).isNotEmpty();
        String page = server.get("/doc/" + iri.substring(Ids.NS.length()), "text/html").body();
        String incoming = page.substring(page.indexOf("<h2>Incoming links</h2>"));
        Matcher items = ITEM.matcher(incoming);
        int listed = 0;
        while (items.find()) listed++;
        assertThat(listed).as("incoming links of %s", iri).isEqualTo(stated.size());
    }
}
