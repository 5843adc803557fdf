package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.queries.CompetencyAnswers;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;

/**
 * 32 clients ({@code -Dload.clients}; the documented runs used 32 and 128) send the
 * competency-question mix to the server on the real store for {@code -Dload.seconds} (default 5;
 * the documented runs used 60): no error, every answer exact, and no heap growth after a full GC
 * between the first and the second half.
 */
class TestLoad {
    private static final int CLIENTS = Integer.getInteger("load.clients", 32);

    @TempDir
    Path root;

    record Question(String url, List<List<String>> expected) {}

    @Test
    void thirtyTwoClientsGetEveryAnswerRightWithoutHeapGrowth() throws Exception {
        long seconds = Long.getLong("load.seconds", 5);
        var dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        new StoreBuilder(root).build(dataset, BuildStamp.of(List.of(Path.of("data"), Path.of("ontology"))));
        try (KgStore store = KgStore.open(root);
                CstoServer server = CstoServer.create().port(0).dataset(store.dataset()).queriesDir(Path.of("none"))
                        .build().start()) {
            List<Question> mix = new ArrayList<>();
            for (Path q : CompetencyAnswers.queries()) {
                String text = Files.readString(q, StandardCharsets.UTF_8);
                mix.add(new Question(server.baseUrl() + "csto/sparql?query=" + Http.encode(text), CompetencyAnswers.expectedRows(q)));
            }
            AtomicLong answered = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long start = System.nanoTime();
            long half = start + seconds * 500_000_000L;
            long end = start + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            HttpClient http = HttpClient.newBuilder().executor(pool).build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                results.add(clients.submit(() -> client(http, mix, offset, end, answered, failed)));
            }
            while (System.nanoTime() < half) Thread.sleep(50);
            long firstHalfHeap = heapAfterGc();
            List<String> errors = new ArrayList<>();
            for (Future<List<String>> f : results) errors.addAll(f.get());
            long secondHalfHeap = heapAfterGc();
            clients.shutdown();
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.err.printf("TestLoad: %d clients, %.1f s, %d answers (%.0f/s), %d errors, heap after GC %d MB -> %d MB%n",
                    CLIENTS, elapsed, answered.get(), answered.get() / elapsed, failed.get(),
                    firstHalfHeap >> 20, secondHalfHeap >> 20);
            assertThat(errors).isEmpty();
            assertThat(answered.get()).isGreaterThan(CLIENTS);
            assertThat(secondHalfHeap).as("heap after GC, end vs. mid-run").isLessThan(firstHalfHeap + (32L << 20));
        }
    }

    private static List<String> client(HttpClient http, List<Question> mix, int offset, long end,
            AtomicLong answered, AtomicLong failed) {
        List<String> errors = new ArrayList<>();
        for (int i = offset; System.nanoTime() < end; i++) {
            Question q = mix.get(i % mix.size());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(q.url()))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !CompetencyAnswers.rows(r.body()).equals(q.expected())) {
                    failed.incrementAndGet();
                    if (errors.size() < 5) errors.add(q.url() + " -> " + r.statusCode());
                } else {
                    answered.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                if (errors.size() < 5) errors.add(q.url() + " -> " + e);
            }
        }
        return errors;
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
