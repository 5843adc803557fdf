package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Ids;

/** A query running past the timeout is cancelled with 503, and the server answers the next one. */
class TestQueryTimeout {

    @Test
    void aRunawayQueryIsCancelled() throws Exception {
        Dataset data = DatasetFactory.createTxnMem();
        Model m = data.getDefaultModel();
        for (int i = 0; i < 30; i++) {
            m.add(m.createResource(Ids.entity("e" + i)), RDFS.label, "e" + i);
        }
        try (CstoServer server = CstoServer.create().port(0).dataset(data).queriesDir(Path.of("none"))
                .timeout(Duration.ofMillis(300)).build().start()) {
            String sparql = server.baseUrl() + "csto/sparql";
            // 30^8 rows: far more than 300 ms of work.
            String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f . ?g ?p4 ?h . "
                    + "?i ?p5 ?j . ?k ?p6 ?l . ?m ?p7 ?n1 . ?o ?p8 ?q }";
            HttpResponse<String> r = Http.getQuery(sparql, runaway, "text/csv");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("Query timed out");
            assertThat(Http.getQuery(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body())
                    .isEqualTo("n\r\n30\r\n");
        }
    }
}
