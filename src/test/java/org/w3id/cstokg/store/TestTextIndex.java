package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jena-text 6.0.0 (Lucene) running on Jena 6.2.0: names, aliases and quotes are found by text:query. */
class TestTextIndex {
    @TempDir
    static Path root;
    static KgStore store;

    @BeforeAll
    static void build() {
        Fixtures.buildStore(root);
        store = KgStore.open(root);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> search(String lucene) {
        Dataset ds = store.dataset();
        String query = Fixtures.PREFIXES + "SELECT DISTINCT ?s { ?s text:query " + lucene + " } ORDER BY ?s";
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getLocalName()));
            }
            return found;
        });
    }

    @Test
    void findsTheLabel() {
        assertThat(search("'Pashinian'")).containsExactly("pashinian");
    }

    @Test
    void findsAnAliasStoredAsAltLabel() {
        assertThat(search("'Pashinyan'")).containsExactly("pashinian");
        assertThat(search("'Lukashenko'")).containsExactly("lukashenka");
        assertThat(search("'CSTO'")).containsExactly("csto");
    }

    @Test
    void findsAPhraseInAQuote() {
        assertThat(search("'\"air bridge\"'")).containsExactly("q1");
    }

    @Test
    void fuzzySyntaxFindsAMisspelling() {
        assertThat(search("'Lukashenkko~'")).containsExactly("lukashenka");
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(search("'Tokayev'")).isEmpty();
    }

    @Test
    void predicatesOutsideTheIndexAreNotSearched() {
        assertThat(search("'NodeShape'")).isEmpty();
    }
}
