package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.cstokg.cli.BuiltStores.*;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.build.LiveEdits;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreLayout;

/**
 * {@code kg serve --watch}: an edit of a fact file under a running server is answered at the
 * endpoint within seconds, the dumps follow, and the store is then what a full build of the same
 * files gives; an edit with errors is reported with its place and changes nothing; a server stopped
 * between the store's change and its files' leaves a generation the next start rebuilds in full.
 */
class TestLiveEdits {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Path data;
    private Path out;
    private KgStore store;
    private CstoServer server;
    private LiveEdits edits;

    @BeforeEach
    void serve() throws IOException {
        ((Logger) LoggerFactory.getLogger("watch")).addAppender(log);
        log.start();
        data = corpus(temp);
        out = temp.resolve("out");
        build(data, QC, out, false, System.err);
        store = KgStore.open(out);
        server = CstoServer.create().port(0).dataset(store.dataset()).dumpsDir(store.directory()).build().start();
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        GraphPipeline pipeline = new GraphPipeline(sources, QC, BuildCommand.DEFAULT_BASE_URL, System.err,
                GraphPipeline.WHOLE_GRAPH_LIMIT, false);
        edits = pipeline.watch(store, BuildCommand.DEFAULT_BASE_URL).orElseThrow();
    }

    @AfterEach
    void stop() {
        if (edits != null) edits.close();
        if (server != null) server.stop();
        if (store != null) store.close();
        ((Logger) LoggerFactory.getLogger("watch")).detachAppender(log);
    }

    @Test
    void editsUnderARunningServerAreAnsweredAndTheStoreIsThenAFullBuilds() throws Exception {
        String renamed = labelled("Syn 00002 Renamed Organization");
        assertThat(ask(renamed)).isFalse();
        replace(data.resolve(name(2)), "name: \"Syn 00002 Organization\"", "name: \"Syn 00002 Renamed Organization\"");
        replace(data.resolve(name(2)), "troops: {value: ", "troops: {value: 2");
        awaitThat(() -> ask(renamed), "the endpoint answers with the edit");
        // at once, while the files of the first edit are being written
        Files.copy(temp.resolve("generated").resolve(name(7)), data.resolve(name(7)));
        Files.delete(data.resolve(name(5)));
        String added = "ASK { GRAPH <https://w3id.org/csto-kg/graph/syn-00007> { ?s ?p ?o } }";
        String deleted = "ASK { GRAPH <https://w3id.org/csto-kg/graph/syn-00005> { ?s ?p ?o } }";
        awaitThat(() -> ask(added) && !ask(deleted), "the endpoint answers with the addition and the deletion");
        awaitThat(this::dumpsServed, "the dumps are written again");
        assertThat(get("dumps/" + Format.NQ.fileName()).body()).contains("Syn 00002 Renamed Organization")
                .contains("graph/syn-00007").doesNotContain("graph/syn-00005");
        assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage))
                .as("the edits were read without checking the references between all files again")
                .anyMatch(m -> m.startsWith("Edit served in") && m.contains("references checked where they changed"));

        edits.close();
        edits = null;
        server.stop();
        server = null;
        Path served = store.directory();
        assertThat(store.stamp()).as("the generation's stamp follows the edits").isEqualTo(BuildStamp.of(List.of(data, Path.of("ontology"))));
        Path full = temp.resolve("full");
        build(data, QC, full, true, System.err);
        try (KgStore b = KgStore.open(full)) {
            DatasetGraph live = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().asDatasetGraph()));
            DatasetGraph ful = Txn.calculateRead(b.dataset(), () -> copy(b.dataset().asDatasetGraph()));
            assertSameGraphs(live, ful, "store");
            for (String search : SEARCHES) {
                assertThat(search(store.dataset(), search)).as("text:query %s", search).isEqualTo(search(b.dataset(), search));
            }
        }
        assertSameDumps(served, full);
        store.close();
        store = null;
        assertThat(build(data, QC, out, false, System.err)).as("a build after the live edits finds nothing to rebuild but "
                + "starts from the edited generation").isTrue();
    }

    /**
     * The first generated file defines the states every other refers to: all six are rebuilt, in
     * place (a build would go full), as the project's own two files are when the article's changes.
     */
    @Test
    void anEditThatEveryFileDependsOnIsServedAndGivesAFullBuildsStore() throws Exception {
        replace(data.resolve(name(1)), "name: \"State 1\"", "name: \"State One\"");
        awaitThat(() -> ask(labelled("State One")), "the endpoint answers with the edit");
        awaitThat(this::dumpsServed, "the dumps are written again");
        edits.close();
        edits = null;
        Path full = temp.resolve("full");
        build(data, QC, full, true, System.err);
        try (KgStore b = KgStore.open(full)) {
            assertSameGraphs(Txn.calculateRead(store.dataset(), () -> copy(store.dataset().asDatasetGraph())),
                    Txn.calculateRead(b.dataset(), () -> copy(b.dataset().asDatasetGraph())), "store");
        }
        assertSameDumps(store.directory(), full);
    }

    @Test
    void anEditWithErrorsIsReportedWithItsPlaceAndTheEndpointAnswersAsBefore() throws Exception {
        String original = labelled("Syn 00003 Organization");
        assertThat(ask(original)).isTrue();
        replace(data.resolve(name(3)), "name: \"Syn 00003 Organization\"", "nmae: \"Syn 00003 Broken Organization\"");
        awaitThat(() -> log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("the edit is not served")),
                "the error is reported");
        assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage))
                .anyMatch(m -> m.matches(".*syn-00003\\.yaml:\\d+:\\d+: .*nmae.*"));
        assertThat(ask(original)).as("the endpoint answers as before").isTrue();
        assertThat(StoreLayout.hasLiveEdits(store.directory())).isFalse();
        assertThat(get("dumps/" + Format.NQ.fileName()).statusCode()).isEqualTo(200);

        replace(data.resolve(name(3)), "nmae: \"Syn 00003 Broken Organization\"", "name: \"Syn 00003 Mended Organization\"");
        awaitThat(() -> ask(labelled("Syn 00003 Mended Organization")),
                "the mended edit is served");
        assertThat(ask(original)).isFalse();
    }

    @Test
    void anEditMadeBeforeWatchingStartedIsServedWhenItStarts() throws Exception {
        edits.close();
        replace(data.resolve(name(4)), "name: \"Syn 00004 Organization\"", "name: \"Syn 00004 Early Organization\"");
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        edits = new GraphPipeline(sources, QC, BuildCommand.DEFAULT_BASE_URL, System.err, GraphPipeline.WHOLE_GRAPH_LIMIT, false)
                .watch(store, BuildCommand.DEFAULT_BASE_URL).orElseThrow();
        awaitThat(() -> ask(labelled("Syn 00004 Early Organization")), "the edit made before the start is served");
    }

    @Test
    void aGenerationLeftWithLiveEditsIsRebuiltInFullBeforeItIsServedAgain() throws IOException {
        edits.close();
        edits = null;
        server.stop();
        server = null;
        Path edited = store.directory();
        store.close();
        store = null;
        Files.createFile(edited.resolve(StoreLayout.LIVE_EDITS_MARKER));
        SourceOptions sources = new SourceOptions();
        sources.data = data;
        GraphPipeline pipeline = new GraphPipeline(sources, QC, BuildCommand.DEFAULT_BASE_URL, System.err,
                GraphPipeline.WHOLE_GRAPH_LIMIT, false);
        try (KgStore reopened = KgStore.openOrBuild(out, BuildStamp.of(List.of(data, sources.ontology)), pipeline)) {
            assertThat(reopened.directory()).isNotEqualTo(edited);
            assertThat(StoreLayout.hasLiveEdits(reopened.directory())).isFalse();
            assertThat(pipeline.builtIncrementally()).as("a full build, not one from the edited store").isFalse();
        }
    }

    /** Whether something has this label, in any language. */
    private static String labelled(String label) {
        return "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(STR(?l) = \"" + label + "\") }";
    }

    private boolean dumpsServed() {
        try {
            return get("dumps/" + Format.NQ.fileName()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private boolean ask(String query) {
        try {
            HttpResponse<String> r = get("csto/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body().replace(" ", "").contains("\"boolean\":true");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "application/sparql-results+json, */*").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + PATIENCE + ": " + what);
            Thread.sleep(100);
        }
    }
}
