package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;

/**
 * A read that ends while the store's write transaction is open leaves the text index to the writer:
 * a read that aborts (Fuseki, on a query that times out) does not throw the writer's entries away,
 * and a read that commits does not make them stay when the writer aborts.
 */
class TestTextIndexUnderReads {
    @TempDir
    Path root;

    private static List<String> textSearch(Dataset ds, String words) {
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            String query = Fixtures.PREFIXES + "SELECT ?s { ?s text:query '" + words + "' } ORDER BY ?s";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getLocalName()));
            }
            return found;
        });
    }

    /**
     * On another thread: opens a write transaction, adds {@code label} to tokayev, lets {@code read}
     * run on this thread while the write is open, then commits or aborts it.
     */
    private static void writeAround(Dataset ds, String label, boolean commit, Runnable read) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            ds.begin(ReadWrite.WRITE);
            try {
                Resource tokayev = ds.getDefaultModel().createResource(Ids.NS + "tokayev");
                ds.getNamedModel(Graphs.NS + "extra").add(tokayev, RDFS.label, label);
                written.countDown();
                await(readDone);
                if (commit) ds.commit();
                else ds.abort();
            } finally {
                ds.end();
            }
        });
        assertThat(written.await(30, TimeUnit.SECONDS)).as("the writer added its label").isTrue();
        try {
            read.run();
        } finally {
            readDone.countDown();
        }
        writer.get(30, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the read did not end");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadThatAbortsDuringAWriteLeavesTheWritersEntriesToItsCommit() throws Exception {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            Dataset ds = store.dataset();
            assertThat(textSearch(ds, "Pashinyan")).containsExactly("pashinian");   // Lucene is open before the write
            writeAround(ds, "Zyxwvutsr", true, () -> {
                ds.begin(ReadWrite.READ);
                ds.abort();
                ds.end();
            });
            assertThat(textSearch(ds, "Zyxwvutsr")).containsExactly("tokayev");
        }
        try (KgStore store = KgStore.open(root)) {
            assertThat(textSearch(store.dataset(), "Zyxwvutsr")).containsExactly("tokayev");
        }
    }

    @Test
    void aReadThatCommitsDuringAWriteThatAbortsLeavesNoEntry() throws Exception {
        Fixtures.buildStore(root);
        try (KgStore store = KgStore.open(root)) {
            Dataset ds = store.dataset();
            assertThat(textSearch(ds, "Pashinyan")).containsExactly("pashinian");
            writeAround(ds, "Qponmlkji", false, () -> {
                ds.begin(ReadWrite.READ);
                ds.commit();
                ds.end();
            });
            assertThat(textSearch(ds, "Qponmlkji")).isEmpty();
            assertThat(textSearch(ds, "Pashinyan")).containsExactly("pashinian");
        }
        try (KgStore store = KgStore.open(root)) {
            assertThat(textSearch(store.dataset(), "Qponmlkji")).isEmpty();
        }
    }
}
