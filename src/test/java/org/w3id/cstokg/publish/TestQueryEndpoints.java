package org.w3id.cstokg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestQueryEndpoints {
    @ParameterizedTest
    @CsvSource({
            "http://localhost:3030/csto/data, http://localhost:3030/csto/sparql",
            "http://localhost:3030/csto/data/, http://localhost:3030/csto/sparql",
            "http://localhost:3030/csto, http://localhost:3030/csto/sparql",
            "https://db.example.org:8182/sparql/gsp/, https://db.example.org:8182/sparql",
            "http://graphdb:7200/repositories/csto/rdf-graphs/service, http://graphdb:7200/repositories/csto",
            "http://virtuoso:8890/sparql-graph-crud-auth, http://virtuoso:8890/sparql-auth",
            "http://virtuoso:8890/sparql-graph-crud, http://virtuoso:8890/sparql"})
    void queryEndpointIsTheStoresSibling(String gsp, String query) {
        assertThat(QueryEndpoints.siblingOf(gsp)).isEqualTo(query);
    }
}
