import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;

/**
 * One client, several SPARQL endpoints, the same queries on each in alternation: per query, warm-up
 * requests (at least one, whose answer is kept, and at least {@link #WARMUP_SECONDS} seconds of them) on every endpoint, then timed rounds in which every endpoint answers once in turn, so
 * drifting machine load falls on all alike. Prints one tab-separated line per query and endpoint:
 * query, endpoint, rows, median ms, p90 ms, CPU ms per request and RSS MB of the server process
 * (when its pid is given), and whether its answer equals the first endpoint's (as a multiset of rows).
 * <p>The client is the plainest there is, so that it adds little to what it times: a GET (the query in
 * the URL, up to {@value #MAX_GET} characters; a POST beyond) on {@link HttpURLConnection}, which works
 * on the calling thread and keeps the connection alive. Measured against {@code ASK {}} on kg serve
 * (2026-12-04, a loaded 2-core machine): the JDK's {@code java.net.http.HttpClient} took 1.4–3 ms a
 * request where Python's http.client took 0.25 ms (its selector and executor threads hand every request
 * over, and wait for a core), and a POST on HttpURLConnection 1.5–2 ms (headers and body leave in two
 * writes, and the body waits for the ACK of the first); a GET on HttpURLConnection 0.4–0.5 ms.
 * Usage (a single-file program, on the jar's classpath for the result parsers):
 * {@code java -cp target/csto-kg.jar bench/SideBySide.java WARMUP RUNS NAME=URL[@PID],... QUERY.rq...}
 * A query argument {@code ask} stands for {@code ASK {}}.
 */
public final class SideBySide {
    record Endpoint(String name, URI url, long pid) {}

    record Answer(int rows, List<String> canonical) {}

    /** The longest URL-encoded query sent by GET; servers' request-line limits are 8 KB and more. */
    static final int MAX_GET = 6_000;
    /**
     * {@code ASK {}} requests sent round the endpoints before anything is timed, so that the client's own
     * code runs compiled, as a long-running client's does (the first few hundred requests of a fresh JVM
     * take milliseconds of client time each).
     */
    static final int CLIENT_WARMUP = 3_000;
    /**
     * Each query is also sent to each endpoint for at least this many seconds before it is timed
     * ({@code -Dwarmup.seconds}, default 5): a server that compiles its code as it runs (ours, on a
     * JVM) answers a question's first dozens of requests several times slower than its thousandth,
     * and a saved question is asked thousands of times. Two warm-up requests left cq01 at 13.5 ms of
     * server CPU a request, where the steady state is about 1 ms (2026-12-04, N = 1,000).
     */
    static final long WARMUP_SECONDS = Long.getLong("warmup.seconds", 5);

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<Endpoint> endpoints = new ArrayList<>();
        for (String e : args[2].split(",")) {
            String[] nameUrl = e.split("=", 2);
            String[] urlPid = nameUrl[1].split("@");
            endpoints.add(new Endpoint(nameUrl[0], URI.create(urlPid[0]), urlPid.length > 1 ? Long.parseLong(urlPid[1]) : -1));
        }
        for (int i = 0; i < CLIENT_WARMUP; i++) send(endpoints.get(i % endpoints.size()), "ASK {}");
        System.out.println("query\tendpoint\trows\tmedian_ms\tp90_ms\tcpu_ms_per_request\trss_mb\tsame_answer");
        for (String q : Arrays.copyOfRange(args, 3, args.length)) {
            String name = q.equals("ask") ? "ASK {}" : Path.of(q).getFileName().toString().replace(".rq", "");
            String text = q.equals("ask") ? "ASK {}" : Files.readString(Path.of(q));
            Map<Endpoint, Answer> answers = new LinkedHashMap<>();
            for (Endpoint e : endpoints) {
                long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
                for (int i = 0; i < Math.max(1, warmup) || System.nanoTime() < warmUntil; i++) {
                    answers.put(e, answer(send(e, text)));
                }
            }
            Map<Endpoint, double[]> times = new LinkedHashMap<>();
            Map<Endpoint, Long> cpu0 = new LinkedHashMap<>();
            for (Endpoint e : endpoints) {
                times.put(e, new double[runs]);
                cpu0.put(e, cpuMillis(e.pid()));
            }
            for (int r = 0; r < runs; r++) {
                for (Endpoint e : endpoints) {
                    long t0 = System.nanoTime();
                    send(e, text);
                    times.get(e)[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Answer first = answers.get(endpoints.get(0));
            for (Endpoint e : endpoints) {
                double[] t = times.get(e);
                Arrays.sort(t);
                Answer a = answers.get(e);
                String cpu = e.pid() < 0 ? "" : String.format("%.2f", (cpuMillis(e.pid()) - cpu0.get(e)) / (double) runs);
                String rss = e.pid() < 0 ? "" : Long.toString(rssKb(e.pid()) / 1024);
                boolean same = a.canonical().equals(first.canonical());
                System.out.printf("%s\t%s\t%d\t%.2f\t%.2f\t%s\t%s\t%s%n", name, e.name(), a.rows(), t[runs / 2],
                        t[(int) (runs * 0.9)], cpu, rss, same ? "yes" : "NO");
                if (!same) {
                    System.err.println(name + ": rows only in " + endpoints.get(0).name() + ": " + firstOf(minus(first, a)));
                    System.err.println(name + ": rows only in " + e.name() + ": " + firstOf(minus(a, first)));
                }
            }
        }
    }

    /** The whole answer body of one request; anything but 200 is an error. */
    static byte[] send(Endpoint e, String query) throws IOException {
        String encoded = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        boolean get = encoded.length() <= MAX_GET;
        URI uri = get ? URI.create(e.url() + (e.url().getQuery() == null ? "?" : "&") + encoded) : e.url();
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(120_000);
        c.setRequestProperty("Accept", "application/sparql-results+json");
        if (!get) {
            byte[] body = encoded.getBytes(StandardCharsets.UTF_8);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        if (status != 200) {
            InputStream err = c.getErrorStream();
            String why = err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8);
            throw new IOException(e.name() + " answered " + status + ": " + why);
        }
        try (InputStream in = c.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Rows (1 for ASK) and the rows as sorted strings of sorted variable=term pairs. */
    static Answer answer(byte[] body) {
        InputStream in = new java.io.ByteArrayInputStream(body);
        var results = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(in);
        if (results.isBoolean()) return new Answer(1, List.of(Boolean.toString(results.getBooleanResult())));
        ResultSet rs = results.getResultSet();
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            List<String> cells = new ArrayList<>();
            row.varNames().forEachRemaining(v -> cells.add(v + "=" + row.get(v).asNode()));
            cells.sort(null);
            rows.add(String.join(" ", cells));
        }
        rows.sort(null);
        return new Answer(rows.size(), rows);
    }

    /** The rows of {@code a} not in {@code b}, as multisets. */
    static List<String> minus(Answer a, Answer b) {
        Map<String, Integer> inB = new HashMap<>();
        b.canonical().forEach(row -> inB.merge(row, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String row : a.canonical()) {
            if (inB.merge(row, -1, Integer::sum) < 0) rest.add(row);
        }
        return rest;
    }

    static String firstOf(List<String> rows) {
        return rows.size() + (rows.isEmpty() ? "" : ", e.g. " + String.join(" | ", rows.subList(0, Math.min(3, rows.size()))));
    }

    /** User plus system CPU of a process so far, in ms (clock ticks of 10 ms), or 0 without a pid. */
    static long cpuMillis(long pid) throws IOException {
        if (pid < 0) return 0;
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return 0;
    }
}
