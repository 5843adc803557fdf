package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.store.Fixtures;
import org.w3id.cstokg.store.KgStore;

/**
 * Writes exist only with credentials and need them: a read-only server has no update, Graph Store
 * write or admin path at all (404); a server with credentials answers 401 to missing or wrong
 * ones and changes nothing, and accepts the right ones, keeping the text index in step.
 */
class TestWriteAccess {
    private static final String USER = "analyst";
    private static final String PASSWORD = "s3cret:with-colon";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x-test:scratch> { "
            + "<urn:x-test:thing> <http://www.w3.org/2000/01/rdf-schema#label> \"Zyxwvutsrq\" } }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path root;
    static KgStore store;
    static CstoServer open;
    static CstoServer guarded;
    static String before;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
        open = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("none")).build().start();
        Path authFile = Files.writeString(root.resolve("auth.txt"), USER + ":" + PASSWORD + "\n");
        guarded = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("none"))
                .writers(Credentials.read(authFile)).admin(true).build().start();
        before = count();
    }

    @AfterAll
    static void stop() {
        open.stop();
        guarded.stop();
        store.close();
    }

    @Test
    void aServerWithoutCredentialsHasNoWriteOrAdminPath() throws Exception {
        assertThat(update(open, "csto/update", null).statusCode()).isEqualTo(404);
        assertThat(put(open, null).statusCode()).isEqualTo(404);
        assertThat(get(open, "$/ping", null).statusCode()).isEqualTo(404);
        assertThat(get(open, "$/stats", null).statusCode()).isEqualTo(404);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void missingOrWrongCredentialsGet401AndChangeNothing() throws Exception {
        for (String auth : new String[] {null, basic(USER, "wrong"), basic("root", PASSWORD), "Basic !!notbase64",
                "Bearer " + PASSWORD, basic(USER, PASSWORD + "x")}) {
            HttpResponse<String> r = update(guarded, "csto/update", auth);
            assertThat(r.statusCode()).as("update with %s", auth).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"csto-kg\", charset=\"UTF-8\"");
            assertThat(r.body()).contains("Authentication required").doesNotContain("\tat ");
            assertThat(put(guarded, auth).statusCode()).as("graph store PUT with %s", auth).isEqualTo(401);
            assertThat(get(guarded, "$/ping", auth).statusCode()).isEqualTo(401);
            assertThat(get(guarded, "$/stats", auth).statusCode()).isEqualTo(401);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void updatesSentElsewhereOrDisguisedDoNotWrite() throws Exception {
        assertThat(update(guarded, "csto/sparql", null).statusCode()).isBetween(400, 499);
        assertThat(update(guarded, "csto", null).statusCode()).isBetween(400, 499);
        assertThat(update(guarded, "csto/%75pdate", null).statusCode()).isEqualTo(401);
        assertThat(update(guarded, "csto/update/", null).statusCode()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void readsStayOpen() throws Exception {
        assertThat(Http.getQuery(guarded.baseUrl() + "csto/sparql", COUNT, "text/csv").statusCode()).isEqualTo(200);
        assertThat(get(guarded, "csto/get?default", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theRightCredentialsWriteThroughTheTextIndexAndAdminAnswers() throws Exception {
        String auth = basic(USER, PASSWORD);
        assertThat(get(guarded, "$/ping", auth).statusCode()).isEqualTo(200);
        assertThat(get(guarded, "$/stats", auth).statusCode()).isEqualTo(200);
        assertThat(update(guarded, "csto/update", auth).statusCode()).isBetween(200, 204);
        String found = Http.getQuery(guarded.baseUrl() + "csto/sparql", Fixtures.PREFIXES
                + "SELECT ?s { ?s text:query 'Zyxwvutsrq' }", "text/csv").body();
        assertThat(found).isEqualTo("s\r\nurn:x-test:thing\r\n");
        try {
            HttpResponse<String> put = put(guarded, auth);
            assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
            assertThat(Http.getQuery(guarded.baseUrl() + "csto/sparql", "ASK { GRAPH <https://example.org/scratch/put> { ?s ?p ?o } }",
                    "text/csv").body()).isEqualTo("_askResult\r\ntrue\r\n");
        } finally {
            assertThat(update(guarded, "csto/update", auth, "DROP SILENT GRAPH <urn:x-test:scratch>; "
                    + "DROP SILENT GRAPH <https://example.org/scratch/put>").statusCode()).isBetween(200, 204);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void adminNeedsCredentials() {
        assertThatThrownBy(() -> CstoServer.create().dataset(store.dataset()).admin(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("need credentials");
    }

    @Test
    void authFilesMustHoldOneUserAndPassword() throws Exception {
        for (String bad : new String[] {"", "justauser", ":password", "user:", "a:b\nc:d\n"}) {
            Path file = Files.writeString(root.resolve("bad-auth.txt"), bad);
            assertThatThrownBy(() -> Credentials.read(file)).as("auth file %s", bad).isInstanceOf(KgException.class)
                    .hasMessageContaining("must hold one line user:password");
        }
        assertThatThrownBy(() -> Credentials.read(root.resolve("absent.txt"))).isInstanceOf(KgException.class)
                .hasMessageContaining("Cannot read the auth file");
    }

    @Test
    void serveRefusesAdminWithoutAnAuthFileAndAnUnreadableAuthFile() {
        assertThat(Main.run("serve", "--port", "0", "--db", root.resolve("none").toString(), "--admin")).isEqualTo(2);
        assertThat(Main.run("serve", "--port", "0", "--db", root.resolve("none").toString(),
                "--auth-file", root.resolve("absent.txt").toString())).isEqualTo(2);
        assertThat(root.resolve("none")).doesNotExist();
    }

    private static String count() throws Exception {
        return Http.getQuery(open.baseUrl() + "csto/sparql", COUNT, "text/csv").body();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(CstoServer server, String path, String auth) throws Exception {
        return update(server, path, auth, INSERT);
    }

    private static HttpResponse<String> update(CstoServer server, String path, String auth, String update) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (auth != null) b.header("Authorization", auth);
        return Http.send(b.build());
    }

    private static HttpResponse<String> put(CstoServer server, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "csto/data?graph=" + Http.encode("https://example.org/scratch/put")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:a> <urn:x-test:b> <urn:x-test:c> ."));
        if (auth != null) b.header("Authorization", auth);
        return Http.send(b.build());
    }

    private static HttpResponse<String> get(CstoServer server, String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (auth != null) b.header("Authorization", auth);
        return Http.send(b.build());
    }
}
