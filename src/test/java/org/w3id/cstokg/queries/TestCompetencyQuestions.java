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
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.query.QueryRunner;
import org.w3id.cstokg.query.ResultFormat;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.query.UnionView;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** Each competency question, run in-process on the real graph, answers exactly its expected rows. */
class TestCompetencyQuestions {

    static Stream<Path> queries() throws IOException {
        return CompetencyQuestions.queries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersExactly(Path query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(SparqlFile.parse(query), UnionView.of(CompetencyQuestions.realGraph()), ResultFormat.CSV, out);
        List<List<String>> actual = CompetencyQuestions.rows(out.toString(StandardCharsets.UTF_8));
        assertThat(actual).containsExactlyElementsOf(CompetencyQuestions.expectedRows(query));
    }

    @Test
    void everyQuestionHasItsQuery() throws IOException {
        List<String> ids = CompetencyQuestions.questionIds();
        assertThat(ids).hasSize(12);
        List<String> files = CompetencyQuestions.queries().stream().map(p -> p.getFileName().toString()).toList();
        for (String id : ids) {
            String prefix = String.format("cq%02d-", Integer.parseInt(id.substring(2)));
            assertThat(files).as("a query for %s", id).anyMatch(f -> f.startsWith(prefix));
        }
    }

    /** The README's first query shows the answer the graph really gives (kept true by this test). */
    @Test
    void theReadmeShowsTheRealAnswerToItsFirstQuery() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String header = "state,troops,min,max,approximate,estimated,unitTypes,describedAs\n";
        int start = readme.indexOf(header);
        assertThat(start).as("the CQ2 answer in README.md").isPositive();
        String shown = readme.substring(start, readme.indexOf("```", start));
        assertThat(CompetencyQuestions.rows(shown))
                .containsExactlyElementsOf(CompetencyQuestions.expectedRows(Path.of("queries", "cq02-contingents.rq")));
    }

    @Test
    void aGraphMissingAFactDoesNotAnswerExactly() throws IOException {
        Path query = Path.of("queries", "cq02-contingents.rq");
        Dataset union = UnionView.of(CompetencyQuestions.realGraph());
        Dataset without = DatasetFactory.create(union.getDefaultModel().difference(
                union.getDefaultModel().listStatements(
                        union.getDefaultModel().createResource(Ids.entity("belarusian-contingent")), null, (RDFNode) null)
                        .toModel()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(SparqlFile.parse(query), without, ResultFormat.CSV, out);
        List<List<String>> actual = CompetencyQuestions.rows(out.toString(StandardCharsets.UTF_8));
        List<List<String>> expected = CompetencyQuestions.expectedRows(query);
        assertThat(actual).hasSize(expected.size() - 1).isNotEqualTo(expected);
    }

    /** CQ13's negative twin: without its own CAMEO code the appeal is coded by no class (kg:Appeal maps only broadly), so it drops out. */
    @Test
    void anAppealWithoutItsOwnCodeIsNoLongerAnAppealForMilitaryAid() throws IOException {
        Path query = Path.of("queries", "cq13-cameo-appeals-and-aid.rq");
        Dataset union = UnionView.of(CompetencyQuestions.realGraph());
        Dataset without = DatasetFactory.create(union.getDefaultModel().difference(
                union.getDefaultModel().listStatements(union.getDefaultModel().createResource(
                        Ids.entity("tokayev-appeal-to-csto")), KG.cameoEventCode, (RDFNode) null).toModel()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(SparqlFile.parse(query), without, ResultFormat.CSV, out);
        List<List<String>> actual = CompetencyQuestions.rows(out.toString(StandardCharsets.UTF_8));
        List<List<String>> expected = CompetencyQuestions.expectedRows(query);
        assertThat(actual).hasSize(expected.size() - 1).noneMatch(row -> row.contains("0232"));
    }
}
