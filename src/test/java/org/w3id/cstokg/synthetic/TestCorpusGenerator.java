package org.w3id.cstokg.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.bench.InProcessQueries;
import org.w3id.cstokg.cli.Main;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.query.UnionView;
import org.w3id.cstokg.queries.CompetencyAnswers;

/** The synthetic corpus: valid fact files, the same for the same seed, a prefix for a smaller N. */
class TestCorpusGenerator {
    @TempDir
    Path temp;

    private List<Path> generate(String folder, int files, long seed) {
        return CorpusGenerator.create().files(files).seed(seed).out(temp.resolve(folder)).generate();
    }

    @Test
    void threeFilesPassValidate() {
        generate("c3", 3, 42);
        assertThat(Main.run("validate", "--data", temp.resolve("c3").toString())).isZero();
    }

    @Test
    void eachFileIsAboutTheSizeOfTheRealArticle() {
        generate("c3", 3, 42);
        BuildResult built = GraphBuilder.create().dataDir(temp.resolve("c3")).build();
        assertThat(built.ok()).isTrue();
        long quads = built.dataset().asDatasetGraph().stream().count();
        assertThat(quads).isBetween(3L * 5000, 3L * 12000);
    }

    /**
     * The benchmark measures the questions, not overhead: on two files every competency question
     * has rows (the first file's organization and mission are the ones they ask about, the second
     * file's add their own rows to the questions that list across the corpus).
     */
    @Test
    void everyCompetencyQuestionHasRowsOnTwoFiles() throws IOException {
        generate("c2", 2, 42);
        BuildResult built = GraphBuilder.create().dataDir(temp.resolve("c2")).build();
        assertThat(built.errors()).isEmpty();
        Dataset union = UnionView.of(built.dataset());
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Path query : CompetencyAnswers.queries()) {
            rows.put(query.getFileName().toString().substring(0, 4), InProcessQueries.rows(union, SparqlFile.parse(query)));
        }
        assertThat(rows).hasSize(CompetencyAnswers.queries().size()).allSatisfy((query, n) -> assertThat(n).as(query).isPositive());
        assertThat(rows).containsEntry("cq01", 6L).containsEntry("cq02", 5L).containsEntry("cq07", 4L);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        List<Path> a = generate("a", 2, 7);
        List<Path> b = generate("b", 2, 7);
        List<Path> c = generate("c", 2, 8);
        assertThat(Files.readString(a.get(1))).isEqualTo(Files.readString(b.get(1)));
        assertThat(Files.readString(a.get(1))).isNotEqualTo(Files.readString(c.get(1)));
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() throws IOException {
        List<Path> small = generate("small", 2, 5);
        List<Path> large = generate("large", 4, 5);
        assertThat(large).hasSize(4);
        assertThat(Files.readString(small.get(1))).isEqualTo(Files.readString(large.get(1)));
    }

    @Test
    void noFilesIsRefused() {
        assertThatThrownBy(() -> CorpusGenerator.create().files(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("files must be at least 1, not 0");
        assertThat(Main.run("generate", "--files", "0", "--out", temp.toString())).isEqualTo(2);
    }
}
