package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;

/**
 * Each competency question sent over HTTP to the server on the real store (TDB2, inference, text
 * index) answers exactly its expected rows, as SPARQL CSV and as SPARQL JSON.
 */
class TestCompetencyQuestionsOverHttp {
    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheRealGraph() {
        var dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        new StoreBuilder(root).build(dataset, BuildStamp.of(List.of(Path.of("data"), Path.of("ontology"))));
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("queries")).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static Stream<Path> queries() throws IOException {
        return CompetencyQuestions.queries().stream();
    }

    @ParameterizedTest(name = "{0} as CSV")
    @MethodSource("queries")
    void csvAnswersExactly(Path query) throws Exception {
        String body = get(query, "text/csv");
        assertThat(CompetencyQuestions.rows(body)).containsExactlyElementsOf(CompetencyQuestions.expectedRows(query));
    }

    @ParameterizedTest(name = "{0} as JSON")
    @MethodSource("queries")
    void jsonAnswersExactly(Path query) throws Exception {
        String body = get(query, "application/sparql-results+json");
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<List<String>> rows = new ArrayList<>();
        rows.add(results.getResultVars());
        while (results.hasNext()) {
            QuerySolution row = results.next();
            rows.add(results.getResultVars().stream().map(v -> lexical(row.get(v))).toList());
        }
        assertThat(rows).containsExactlyElementsOf(CompetencyQuestions.expectedRows(query));
    }

    private static String lexical(RDFNode node) {
        if (node == null) return "";
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String get(Path query, String accept) throws Exception {
        String q = URLEncoder.encode(Files.readString(query), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/sparql?query=" + q))
                .header("Accept", accept).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("status of %s", query).isEqualTo(200);
        return response.body();
    }
}
