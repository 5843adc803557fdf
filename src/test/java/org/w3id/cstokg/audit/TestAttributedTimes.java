package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;

/**
 * Checks 13 and 14 on a tiny invented article ({@code audit/attributed/}): what follows "According
 * to Ana Berg" is hers, and "during the night" is a fact's {@code partOfDay}. The complete facts
 * pass; without the departure's {@code accordingTo}, or its {@code partOfDay}, the audit fails.
 */
class TestAttributedTimes {

    private static final Path FOLDER = Path.of("src/test/resources/audit/attributed");
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/csto-kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    @Test
    void theCompleteFactsPass() throws IOException {
        assertThat(audit(facts()).lines()).last().asString().contains(": 0 problems, 0 stale exemptions");
    }

    @Test
    void aFactReportedAfterAccordingToWithoutItsSourceFails() throws IOException {
        Dataset facts = facts();
        delete(facts, "kg:accordingTo");

        assertThat(audit(facts).lines()).anyMatch(l -> l.startsWith(
                "paragraph 1: departure is reported after \"According to Ana Berg\"") && l.contains("but is not ana-berg's"));
    }

    @Test
    void aPartOfTheDayWithoutItsFactFails() throws IOException {
        Dataset facts = facts();
        delete(facts, "kg:partOfDay");

        assertThat(audit(facts).lines()).contains("paragraph 1: \"night\" (a part of the day) lies in no evidence of a fact whose "
                + "partOfDay is night — give the event it times partOfDay: night with evidence words that include it, or list it "
                + "under audit: as {para: 1, text: \"night\", reason: ...}");
    }

    /** Deletes the triples of {@code property} and their reifiers, as deleting the field from the fact file would. */
    private static void delete(Dataset facts, String property) {
        UpdateAction.parseExecute(PREFIXES + "DELETE { GRAPH ?g { ?s " + property + " ?o . ?r ?p ?v } } WHERE { GRAPH ?g { ?s "
                + property + " ?o OPTIONAL { ?r rdf:predicate " + property + " ; ?p ?v } } }", facts);
    }

    private static Dataset facts() {
        return GoldenArticle.built(FOLDER.resolve("data")).dataset();
    }

    private static AuditReport audit(Dataset facts) throws IOException {
        ArticleText article = ParagraphSplitter.split(Files.readString(FOLDER.resolve("article.txt"), StandardCharsets.UTF_8));
        return new Audit(EvidenceGraph.of(facts, new AuditedDocument("small-2", 2022)), List.of(), FactLocator.NONE)
                .check(article, 2022);
    }
}
