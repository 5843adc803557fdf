package org.w3id.cstokg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.store.KgStore;

/**
 * Times each competency question in-process on the built store, as the server runs it (TDB2
 * with the text index, union default graph), after a warm-up of 20 rounds through all of them (so
 * that no query's time depends on which ran before it): one line per query with its row
 * count and median time. Usage: {@code java -cp target/csto-kg.jar:target/test-classes org.w3id.cstokg.bench.InProcessQueries STORE-ROOT QUERY-DIR [RUNS]}
 */
public final class InProcessQueries {
    private InProcessQueries() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 101;
        try (KgStore store = KgStore.open(Path.of(args[0])); Stream<Path> files = Files.list(Path.of(args[1]))) {
            List<Path> cq = files.filter(p -> p.getFileName().toString().matches("cq.*\\.rq")).sorted().toList();
            if (cq.isEmpty()) throw new KgException("no cq*.rq in " + args[1]);
            List<Query> queries = cq.stream().map(SparqlFile::parse).toList();
            for (int i = 0; i < 20; i++) queries.forEach(q -> rows(store.dataset(), q));
            for (int k = 0; k < cq.size(); k++) {
                Path file = cq.get(k);
                Query query = queries.get(k);
                long rows = rows(store.dataset(), query);
                long[] nanos = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    rows(store.dataset(), query);
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "query=%s rows=%d median_ms=%.3f max_ms=%.3f%n",
                        file.getFileName(), rows, nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6);
            }
        }
    }

    /** Runs the query to the end, as a client reading every row would. */
    public static long rows(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }
}
