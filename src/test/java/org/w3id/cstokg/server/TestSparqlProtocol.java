package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.vocab.SD;

/**
 * The rules of the SPARQL 1.1 Protocol (sections 2.1.1 to 2.1.5) and the SPARQL 1.1 Service
 * Description (section 2) that clients of {@code /csto/sparql} rely on, one test each, on the fixture store.
 */
class TestSparqlProtocol {
    private static final String SELECT = Fixtures.PREFIXES + "SELECT ?s { ?s a kg:State }";
    private static final String CONSTRUCT = Fixtures.PREFIXES + "CONSTRUCT { ?s a kg:State } WHERE { ?s a kg:State }";
    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).build().start();
        sparql = server.baseUrl() + "csto/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** 2.1.1: query via GET, the query in the {@code query} parameter. */
    @Test
    void queryViaGet() throws Exception {
        assertThat(states(Http.getQuery(sparql, SELECT, "application/sparql-results+json"))).containsExactly(armenia());
    }

    /** 2.1.2: query via POST with URL-encoded parameters. */
    @Test
    void queryViaUrlEncodedPost() throws Exception {
        assertThat(states(Http.postForm(sparql, SELECT, "application/sparql-results+json"))).containsExactly(armenia());
    }

    /** 2.1.3: query via POST directly, the body an {@code application/sparql-query}. */
    @Test
    void queryViaPostDirectly() throws Exception {
        assertThat(states(Http.postQuery(sparql, SELECT, "application/sparql-results+json"))).containsExactly(armenia());
    }

    /** 2.1.4: a query that does not parse is answered 400 Bad Request. */
    @Test
    void aMalformedQueryIs400() throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, "SELECT ?s WHERE { ?s", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("\tat ");
    }

    /** 2.1.5 with the results formats: SELECT answers in the format Accept asks for. */
    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV"})
    void selectResultsInTheFormatAsked(String mediaType, String lang) throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, SELECT, mediaType);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        Lang results = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), results);
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.get("s").toString()));
        assertThat(values).containsExactly(armenia());
    }

    /** 2.1.5: CONSTRUCT answers in the RDF format Accept asks for. */
    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"})
    void constructInTheFormatAsked(String mediaType) throws Exception {
        HttpResponse<String> r = Http.getQuery(sparql, CONSTRUCT, mediaType);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        Model model = parse(r.body(), mediaType);
        assertThat(model.listSubjects().toList()).extracting(Resource::getURI).containsExactly(armenia());
    }

    /** Service Description 2: a GET without a query answers the description, Turtle when nothing is asked for. */
    @Test
    void getWithoutAQueryIsTheServiceDescription() throws Exception {
        HttpResponse<String> r = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql)).GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model sd = parse(r.body(), "text/turtle");
        Resource service = sd.getResource(sparql);
        assertThat(sd.contains(service, RDF.type, SD.Service)).isTrue();
        assertThat(sd.contains(service, SD.endpoint, service)).isTrue();
        assertThat(sd.contains(service, SD.supportedLanguage, SD.SPARQL11Query)).isTrue();
        assertThat(sd.contains(service, SD.feature, SD.UnionDefaultGraph)).isTrue();
        assertThat(sd.contains(service, SD.resultFormat, SD.format("SPARQL_Results_JSON"))).isTrue();
        Set<String> named = new TreeSet<>();
        sd.listObjectsOfProperty(SD.name).forEachRemaining(n -> named.add(n.asResource().getURI()));
        Set<String> served = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().listNames().forEachRemaining(served::add));
        assertThat(named).isNotEmpty().isEqualTo(served);
    }

    /** Service Description 2: in whichever RDF format Accept prefers; the same description in each. */
    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void theServiceDescriptionInTheFormatAsked(String mediaType) throws Exception {
        HttpResponse<String> r = Http.get(sparql, mediaType + ", text/html;q=0.5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        Model turtle = parse(Http.get(sparql, "text/turtle").body(), "text/turtle");
        assertThat(parse(r.body(), mediaType).isIsomorphicWith(turtle)).isTrue();
    }

    /** HTML at q=0 is refused HTML (RFC 9110 12.4.2): such a client gets the description, not the page. */
    @ParameterizedTest
    @ValueSource(strings = {"text/html;q=0, */*", "text/html;q=0.0, text/turtle", "text/turtle, text/html",
            "text/html;q=0.9, application/ld+json", "*/*"})
    void aClientThatDoesNotPreferHtmlGetsTheDescription(String accept) throws Exception {
        HttpResponse<String> r = Http.get(sparql, accept);
        assertThat(r.statusCode()).as(accept).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).doesNotStartWith("text/html"));
    }

    /** A browser, which rates HTML above everything else, is sent to the query page. */
    @ParameterizedTest
    @ValueSource(strings = {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html",
            "text/turtle;q=0.5, text/html"})
    void aClientThatPrefersHtmlIsSentToTheQueryPage(String accept) throws Exception {
        HttpResponse<String> r = Http.get(sparql, accept);
        assertThat(r.statusCode()).as(accept).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    /** A GET without a query that accepts no RDF format at all: 406, naming the formats offered. */
    @Test
    void aClientAcceptingNoDescriptionFormatIs406() throws Exception {
        HttpResponse<String> r = Http.get(sparql, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/turtle").doesNotContain("\tat ");
    }

    private static List<String> states(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(row -> out.add(row.getResource("s").getURI()));
        return out;
    }

    private static Model parse(String body, String mediaType) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(RDFLanguages.contentTypeToLang(mediaType)).parse(model);
        return model;
    }

    private static String armenia() {
        return org.w3id.cstokg.vocab.Ids.entity("armenia");
    }

}
