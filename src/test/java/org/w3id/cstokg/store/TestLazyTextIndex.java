package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;

/** The served store opens Lucene on the first text search or indexed write, and only then. */
class TestLazyTextIndex {
    @TempDir
    Path root;

    private static LazyTextIndex index(KgStore store) {
        return (LazyTextIndex) store.dataset().getContext().get(TextQuery.textIndex);
    }

    private static List<String> select(Dataset ds, String where) {
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Fixtures.PREFIXES + "SELECT ?s {" + where + "} ORDER BY ?s").build()) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getLocalName()));
            }
            return found;
        });
    }

    @Test
    void openingTheStoreAndQueryingWithoutTextLeaveLuceneClosed() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), "?s a kg:State")).containsExactly("armenia");
            assertThat(index(store).isOpen()).isFalse();
        }
    }

    @Test
    void theFirstTextQueryOpensLuceneAndFinds() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), "?s text:query 'Pashinyan'")).containsExactly("pashinian");
            assertThat(index(store).isOpen()).isTrue();
        }
    }

    @Test
    void aWriteOfUnindexedTriplesCommitsWithoutOpeningLucene() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            Dataset ds = store.dataset();
            Resource tokayev = ds.getDefaultModel().createResource(Ids.NS + "tokayev");
            Txn.executeWrite(ds, () -> ds.getNamedModel(Graphs.NS + "extra").add(tokayev, RDFS.comment, "a comment"));
            assertThat(index(store).isOpen()).isFalse();
            assertThat(select(ds, "GRAPH ?g { ?s rdfs:comment 'a comment' }")).containsExactly("tokayev");
        }
    }

    @Test
    void aWriteOfALabelOpensLuceneAndIsFoundAfterReopening() {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            Dataset ds = store.dataset();
            Resource tokayev = ds.getDefaultModel().createResource(Ids.NS + "tokayev");
            Txn.executeWrite(ds, () -> ds.getNamedModel(Graphs.NS + "extra").add(tokayev, RDFS.label, "Kassym-Jomart Tokayev"));
            assertThat(index(store).isOpen()).isTrue();
        }
        try (KgStore store = KgStore.open(root)) {
            assertThat(select(store.dataset(), "?s text:query 'Tokayev'")).containsExactly("tokayev");
        }
    }
}
