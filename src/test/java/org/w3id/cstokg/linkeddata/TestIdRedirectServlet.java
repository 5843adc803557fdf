package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestIdRedirectServlet {
    private static FixtureServer server;

    @BeforeAll static void start() { server = new FixtureServer(FixtureServer.fixture()); }

    @AfterAll static void stop() { server.close(); }

    @Test void knownResourceIsSeeOtherToItsDocument() throws Exception {
        HttpResponse<String> response = server.get("/id/vladimir-putin", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/doc/vladimir-putin");
    }

    @Test void ownedPartIsSeeOtherToItsDocument() throws Exception {
        HttpResponse<String> response = server.get("/id/russian-contingent/troops", null);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/doc/russian-contingent/troops");
    }

    @Test void unknownResourceIsNotFoundWithPlainMessage() throws Exception {
        HttpResponse<String> response = server.get("/id/no-such-thing", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).isEqualTo("No resource https://w3id.org/csto-kg/id/no-such-thing.\n")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test void prefixOfAResourceIsNotAResource() throws Exception {
        assertThat(server.get("/id/russian", null).statusCode()).isEqualTo(404);
    }

    @Test void encodedTraversalIsRejected() throws Exception {
        HttpResponse<String> response = server.get("/id/..%2f..%2fcsto", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test void dotSegmentTraversalIsRejected() throws Exception {
        HttpResponse<String> response = server.get("/id/%2e%2e/%2e%2e/csto", null);
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
