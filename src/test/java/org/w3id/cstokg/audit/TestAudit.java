package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit of the small invented article (golden folder audit/small/) and of each changed copy of its facts (audit/cases/). */
class TestAudit {

    @Test
    void theCompleteFactsPass() {
        AuditReport report = GoldenArticle.audit(GoldenArticle.facts(), GoldenArticle.exemptions());

        assertThat(report.lines()).containsExactlyElementsOf(GoldenArticle.expected(GoldenArticle.folder()));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void theSameFactsWithRdf12ReifiersGiveTheSameReport() {
        AuditReport rdf12 = GoldenArticle.audit(Rdf12Reifiers.of(GoldenArticle.facts()), GoldenArticle.exemptions());

        assertThat(rdf12.lines()).containsExactlyElementsOf(GoldenArticle.expected(GoldenArticle.folder()));
    }

    @Test
    void withoutReifiersEveryFactIsUngrounded() {
        org.apache.jena.query.Dataset facts = GoldenArticle.facts();
        org.apache.jena.update.UpdateAction.parseExecute("""
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                DELETE WHERE { GRAPH ?g { ?r a rdf:Statement ; ?p ?o } }""", facts);

        AuditReport report = GoldenArticle.audit(facts, GoldenArticle.exemptions());

        assertThat(report.passed()).isFalse();
        assertThat(report.lines()).last().asString().contains(" 0 reified triples: ");
    }

    static Stream<Path> cases() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(GoldenArticle.cases())) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("audit cases").isNotEmpty();
        return cases.stream();
    }

    /** Refresh the expected reports with {@code -Dregenerate=true}, then read every change in the diff. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachChangedCopyGivesItsReport(Path folder) throws IOException {
        List<Exemption> exemptions = Files.exists(folder.resolve("exemptions.txt"))
                ? GoldenArticle.exemptions(folder) : GoldenArticle.exemptions();

        AuditReport report = GoldenArticle.audit(GoldenArticle.facts(folder), exemptions);
        if (Boolean.getBoolean("regenerate")) {
            Files.write(Path.of("src/test/resources/audit/cases", folder.getFileName().toString(), "expected.txt"), report.lines());
        }

        assertThat(report.lines()).containsExactlyElementsOf(GoldenArticle.expected(folder));
        assertThat(report.passed()).isFalse();
    }
}
