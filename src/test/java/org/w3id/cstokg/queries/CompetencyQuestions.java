package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;

/**
 * The competency questions as test cases: each {@code queries/cqNN-*.rq} paired with its expected
 * answer {@code src/test/resources/cq/cqNN-*.csv} (SPARQL 1.1 CSV results, written by hand from the
 * article and ../shared/competency-questions.md), and the real graph built once.
 */
final class CompetencyQuestions {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src", "test", "resources", "cq");
    static final Path QUESTIONS = Path.of("..", "shared", "competency-questions.md");
    private static final Pattern QUESTION_ID = Pattern.compile("^\\| (CQ\\d+) \\|", Pattern.MULTILINE);
    private static Dataset realGraph;

    private CompetencyQuestions() {}

    /** Every cq query; fails if there are none. */
    static List<Path> queries() throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(QUERIES)) {
            found = files.filter(p -> p.getFileName().toString().matches("cq\\d\\d-.*\\.rq")).sorted().toList();
        }
        assertThat(found).as("competency-question queries in %s", QUERIES).isNotEmpty();
        return found;
    }

    /** The question ids (CQ1, CQ2, …) listed in the shared competency questions. */
    static List<String> questionIds() throws IOException {
        Matcher m = QUESTION_ID.matcher(Files.readString(QUESTIONS, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    static Path expectedFor(Path query) {
        return EXPECTED.resolve(query.getFileName().toString().replaceAll("\\.rq$", ".csv"));
    }

    /** Rows of a SPARQL CSV result (header first), as lists of strings. */
    static List<List<String>> rows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(csv)) {
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) rows.add(rec.toList());
        }
        return rows;
    }

    static List<List<String>> expectedRows(Path query) throws IOException {
        Path expected = expectedFor(query);
        assertThat(expected).as("expected answer for %s", query).exists();
        return rows(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** The graph built from data/ and ontology/, once per test run. */
    static synchronized Dataset realGraph() {
        if (realGraph == null) {
            BuildResult built = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
            assertThat(built.errors()).as("errors building the real graph").isEmpty();
            realGraph = built.dataset();
        }
        return realGraph;
    }
}
