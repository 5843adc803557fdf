package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.query.QueryRunner;
import org.w3id.cstokg.query.ResultFormat;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.query.UnionView;

/**
 * A competency question reshaped for speed answers exactly as its earlier shape did: each
 * {@code src/test/resources/cq/earlier/X.rq} against {@code queries/X.rq}, every row in order, on
 * the real graph and on a generated corpus of three articles (with far more rows of each kind).
 */
class TestQueryShapes {
    static final Path EARLIER = CompetencyQuestions.EXPECTED.resolve("earlier");

    @TempDir
    static Path temp;
    static Dataset generated;

    @BeforeAll
    static void generate() {
        Path corpus = temp.resolve("corpus");
        CorpusGenerator.create().files(3).seed(42).out(corpus).generate();
        BuildResult built = GraphBuilder.create().dataDir(corpus).build();
        assertThat(built.errors()).isEmpty();
        generated = UnionView.of(built.dataset());
    }

    static Stream<Path> earlierShapes() throws IOException {
        try (Stream<Path> files = Files.list(EARLIER)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreEarlierShapesToCompare() throws IOException {
        assertThat(earlierShapes()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("earlierShapes")
    void theReshapedQueryAnswersAsBefore(Path earlier) throws IOException {
        Path current = CompetencyQuestions.QUERIES.resolve(earlier.getFileName());
        assertThat(Files.readString(current)).isNotEqualTo(Files.readString(earlier));
        for (Dataset data : List.of(UnionView.of(CompetencyQuestions.realGraph()), generated)) {
            String before = csv(earlier, data);
            assertThat(before.lines().count()).as("header and rows of %s", earlier).isGreaterThan(1);
            assertThat(csv(current, data)).isEqualTo(before);
        }
    }

    private static String csv(Path query, Dataset data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(SparqlFile.parse(query), data, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
