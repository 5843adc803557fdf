package org.w3id.cstokg.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.w3id.cstokg.KgException;

/**
 * A closed-loop SPARQL load client: {@code clients} virtual threads each send the query mix in
 * turn, one request at a time, for a fixed time, and every answer must be a 200 with a results
 * document. Usage: {@code java -cp target/csto-kg.jar:target/test-classes org.w3id.cstokg.bench.LoadClient URL1,URL2 QUERY-DIR 1,4,16 SECONDS ROUNDS}
 * prints one line of {@code key=value} figures per run.
 */
public final class LoadClient {
    private final URI endpoint;
    private final List<String> queries;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public LoadClient(URI endpoint, List<String> queries) {
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries to send");
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
    }

    /** The competency questions {@code cq*.rq} of a folder, in name order; none is an error. */
    public static List<String> competencyQuestions(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> cq = files.filter(p -> p.getFileName().toString().matches("cq.*\\.rq")).sorted().toList();
            if (cq.isEmpty()) throw new KgException("no cq*.rq in " + dir);
            List<String> texts = new ArrayList<>();
            for (Path p : cq) texts.add(Files.readString(p));
            return texts;
        } catch (IOException e) {
            throw new KgException("cannot read queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Sends every query once (warm-up and check), then runs {@code clients} for {@code duration}. */
    public LoadResult run(int clients, Duration duration) {
        for (String q : queries) {
            if (!send(q)) throw new KgException("warm-up query failed at " + endpoint);
        }
        long end = System.nanoTime() + duration.toNanos();
        List<ClientLoop> loops = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                ClientLoop loop = new ClientLoop(c, end);
                loops.add(loop);
                pool.submit(loop);
            }
        }
        return LoadResult.of(clients, duration, loops.stream().map(l -> l.latencies).toList(),
                loops.stream().mapToLong(l -> l.errors).sum());
    }

    private boolean send(String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && (response.body().contains("\"bindings\"") || response.body().contains("\"boolean\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private final class ClientLoop implements Runnable {
        final List<Long> latencies = new ArrayList<>();
        long errors;
        private final int start;
        private final long end;

        ClientLoop(int start, long end) {
            this.start = start;
            this.end = end;
        }

        @Override
        public void run() {
            for (int i = start; System.nanoTime() < end; i++) {
                long t0 = System.nanoTime();
                boolean ok = send(queries.get(i % queries.size()));
                if (ok) latencies.add(System.nanoTime() - t0); else errors++;
            }
        }
    }

    /**
     * {@code LoadClient URL[,URL...] QUERY-DIR CLIENTS[,CLIENTS...] SECONDS [ROUNDS [WARMUP-SECONDS]]}:
     * first, if WARMUP-SECONDS is given, every endpoint under the largest client count for that long,
     * not measured (so that the servers' JIT has compiled what the load runs); then for each client
     * count, ROUNDS rounds that each run every endpoint in turn, so a drifting machine load falls on
     * all of them alike. One line per run, {@code endpoint=<index> round=<r>} first.
     */
    public static void main(String[] args) {
        if (args.length < 4 || args.length > 6) {
            throw new IllegalArgumentException(
                    "usage: LoadClient URL[,URL...] QUERY-DIR CLIENTS[,CLIENTS...] SECONDS [ROUNDS [WARMUP-SECONDS]]");
        }
        List<String> cq = competencyQuestions(Path.of(args[1]));
        List<LoadClient> clients = Stream.of(args[0].split(",")).map(u -> new LoadClient(URI.create(u), cq)).toList();
        Duration each = Duration.ofSeconds(Long.parseLong(args[3]));
        int rounds = args.length >= 5 ? Integer.parseInt(args[4]) : 1;
        long warmup = args.length == 6 ? Long.parseLong(args[5]) : 0;
        if (warmup > 0) {
            int most = Stream.of(args[2].split(",")).mapToInt(Integer::parseInt).max().orElse(1);
            clients.forEach(c -> c.run(most, Duration.ofSeconds(warmup)));
        }
        for (String n : args[2].split(",")) {
            for (int round = 1; round <= rounds; round++) {
                for (int e = 0; e < clients.size(); e++) {
                    LoadResult result = clients.get(e).run(Integer.parseInt(n), each);
                    System.out.println("endpoint=" + e + " round=" + round + " " + result.line());
                }
            }
        }
    }
}
