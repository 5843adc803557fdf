package org.w3id.cstokg.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What one load run measured: answered requests, failures, throughput and latency percentiles. */
public record LoadResult(int clients, long requests, long errors, double seconds, double throughput,
                         double p50Millis, double p99Millis) {

    static LoadResult of(int clients, Duration duration, List<List<Long>> latencies, long errors) {
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        double seconds = duration.toNanos() / 1e9;
        return new LoadResult(clients, all.length, errors, seconds, all.length / seconds,
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** {@code clients=4 requests=… errors=0 qps=… p50_ms=… p99_ms=…}, for scripts. */
    public String line() {
        return String.format(Locale.ROOT, "clients=%d requests=%d errors=%d seconds=%.1f qps=%.1f p50_ms=%.2f p99_ms=%.2f",
                clients, requests, errors, seconds, throughput, p50Millis, p99Millis);
    }
}
