package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.query.QueryRunner;
import org.w3id.cstokg.query.ResultFormat;
import org.w3id.cstokg.query.SparqlFile;

/** Checks a served dataset against every competency question's expected answer, for tests outside this package. */
public final class CompetencyAnswers {
    private CompetencyAnswers() {}

    /** The cq queries, in order. */
    public static List<Path> queries() throws IOException {
        return CompetencyQuestions.queries();
    }

    /** The expected rows (header first) of one cq query. */
    public static List<List<String>> expectedRows(Path query) throws IOException {
        return CompetencyQuestions.expectedRows(query);
    }

    /** Rows of a SPARQL CSV result. */
    public static List<List<String>> rows(String csv) throws IOException {
        return CompetencyQuestions.rows(csv);
    }

    /** Asserts that {@code dataset} (a store's, default graph the union) answers every question exactly. */
    public static void assertAllExact(Dataset dataset) throws IOException {
        for (Path query : queries()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dataset, () -> QueryRunner.run(SparqlFile.parse(query), dataset, ResultFormat.CSV, out));
            assertThat(rows(out.toString(StandardCharsets.UTF_8))).as("answer to %s", query)
                    .containsExactlyElementsOf(expectedRows(query));
        }
    }
}
