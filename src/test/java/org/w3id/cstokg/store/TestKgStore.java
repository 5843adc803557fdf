package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKgStore {
    @TempDir
    Path root;

    private static List<String> select(Dataset ds, String where) {
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Fixtures.PREFIXES + "SELECT ?s {" + where + "} ORDER BY ?s").build()) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getLocalName()));
            }
            return found;
        });
    }

    private static boolean ask(Dataset ds, String where) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Fixtures.PREFIXES + "ASK {" + where + "}").build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), "?s a kg:State")).containsExactly("armenia");
            assertThat(select(store.dataset(), "?s a kg:Organization")).containsExactly("csto");
        }
    }

    @Test
    void actorsIncludePersonsStatesAndOrganizationsByInference() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), "?s a kg:Actor"))
                    .containsExactly("armenia", "csto", "lukashenka", "pashinian");
            assertThat(ask(store.dataset(), "GRAPH g:inferred { id:pashinian a kg:Actor }")).isTrue();
        }
    }

    @Test
    void inferredGraphHoldsNoAssertedTriple() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(ask(store.dataset(), "GRAPH g:inferred { id:pashinian a kg:Person }")).isFalse();
            assertThat(ask(store.dataset(), "GRAPH g:inferred { ?s ?p ?o } GRAPH ?g { ?s ?p ?o } FILTER(?g != g:inferred)")).isFalse();
        }
    }

    @Test
    void rebuildSwitchesCurrentAndDeletesTheOldStore() throws Exception {
        Path first = Fixtures.buildStore(root);
        Path second = new StoreBuilder(root).build(Fixtures.dataset(), new BuildStamp("second"));
        assertThat(Files.exists(first)).isFalse();
        assertThat(new StoreLayout(root).currentStore()).contains(second.toRealPath());
        assertThat(KgStore.currentStamp(root)).contains(new BuildStamp("second"));
    }

    @Test
    void anUnfinishedBuildLeavesTheCurrentStoreServing() throws Exception {
        Fixtures.buildStore(root);
        Path crashed = Files.createDirectories(root.resolve("store-99999999-crashed/tdb2"));
        Files.writeString(crashed.resolve("junk"), "half a build");
        try (KgStore store = KgStore.open(root)) {
            assertThat(store.stamp()).isEqualTo(Fixtures.STAMP);
            assertThat(select(store.dataset(), "?s a kg:State")).containsExactly("armenia");
        }
        Fixtures.buildStore(root);
        assertThat(Files.exists(crashed)).isFalse();
    }

    @Test
    void openingWithoutAStoreFailsWithTheFolderName() {
        assertThatThrownBy(() -> KgStore.open(root))
                .isInstanceOf(StoreException.class)
                .hasMessage("No store in " + root + ": build one first");
    }

    @Test
    void aTextIndexLeftBehindByAKilledWriterIsMadeAgainAtTheNextOpen() throws Exception {
        Fixtures.buildStore(root);
        Path generation;
        try (KgStore store = KgStore.open(root)) {
            store.allowWrites();
            generation = store.directory();
            assertThat(generation.resolve(StoreLayout.WRITING_MARKER)).exists();
        }
        assertThat(generation.resolve(StoreLayout.WRITING_MARKER)).as("removed by a clean close").doesNotExist();

        // the state a kill between TDB2's commit and the text index's leaves: the store has the
        // update, the index has not, and the writer's marker is still there
        org.apache.jena.sparql.core.DatasetGraph tdb =
                org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(StoreLayout.tdb2(generation).toString());
        Txn.executeWrite(tdb, () -> tdb.add(org.apache.jena.sparql.core.Quad.create(
                org.apache.jena.graph.NodeFactory.createURI("urn:x-test:written"),
                org.apache.jena.graph.NodeFactory.createURI("urn:x-test:killed"),
                org.apache.jena.vocabulary.RDFS.label.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("Zanzibarian"))));
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        String search = "?s text:query (rdfs:label 'Zanzibarian')";
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), search)).as("a clean close leaves the index as it is").isEmpty();
        }
        Files.createFile(generation.resolve(StoreLayout.WRITING_MARKER));
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), search)).containsExactly("killed");
            assertThat(select(store.dataset(), "?s text:query (rdfs:label 'Pashinian')")).containsExactly("pashinian");
        }
        assertThat(generation.resolve(StoreLayout.WRITING_MARKER)).doesNotExist();
    }
}
