package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Ids;

/** SERVICE to an allow-listed endpoint works (a second local server stands in for Wikidata); others are refused. */
class TestFederation {
    static CstoServer remote;
    static CstoServer local;
    static String remoteEndpoint;

    @BeforeAll
    static void start() {
        Dataset remoteData = DatasetFactory.createTxnMem();
        Model m = remoteData.getDefaultModel();
        m.add(m.createResource(Ids.entity("almaty")), RDFS.label, "Almaty");
        remote = CstoServer.create().port(0).dataset(remoteData).queriesDir(Path.of("none")).build().start();
        remoteEndpoint = remote.baseUrl() + "csto/sparql";
        local = CstoServer.create().port(0).dataset(DatasetFactory.createTxnMem()).queriesDir(Path.of("none"))
                .allowService(remoteEndpoint).build().start();
    }

    @AfterAll
    static void stop() {
        local.stop();
        remote.stop();
    }

    private static HttpResponse<String> query(String query) throws Exception {
        return Http.getQuery(local.baseUrl() + "csto/sparql", query, "text/csv");
    }

    @Test
    void serviceToAnAllowedEndpointAnswers() throws Exception {
        HttpResponse<String> r = query("SELECT ?label { SERVICE <" + remoteEndpoint + "> { ?s ?p ?label } }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("label\r\nAlmaty\r\n");
    }

    @Test
    void serviceToAnotherPortOfTheSameHostIsRefused() throws Exception {
        String other = "http://127.0.0.1:1/csto/sparql";
        HttpResponse<String> r = query("SELECT * { SERVICE <" + other + "> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE <" + other + "> is not allowed: this endpoint federates only with ")
                .contains("<" + remoteEndpoint + ">");
    }

    @Test
    void serviceChosenByAVariableIsCheckedToo() throws Exception {
        String other = "http://127.0.0.1:1/csto/sparql";
        HttpResponse<String> r = query("SELECT * { VALUES ?e { <" + other + "> } SERVICE ?e { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE <" + other + "> is not allowed");
    }

    @Test
    void silentDoesNotHideARefusal() throws Exception {
        HttpResponse<String> r = query("SELECT ?o { SERVICE SILENT <http://127.0.0.1:1/csto/sparql> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE <http://127.0.0.1:1/csto/sparql> is not allowed");
    }
}
