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
 * Checks 13, 14 and 15 on a tiny invented article ({@code audit/attributed/}): what follows "According
 * to Ana Berg" is hers, what follows "Wire Agency is said to" the agency's, "during the night" is a
 * fact's {@code partOfDay}, and the minister's post is held as of the day her sentence dates. The
 * complete facts pass; without the departure's {@code accordingTo}, the count's, the
 * {@code partOfDay} or the holding's {@code asOf}, the audit fails.
 */
class TestAttributedTimes {

    private static final Path FOLDER = Path.of("src/test/resources/audit/attributed");
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/csto-kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    /** The deletions below mean something only if the complete facts are valid ones. */
    @Test
    void theCompleteFactsValidate() {
        assertThat(org.w3id.cstokg.cli.Main.run("validate", "--data", FOLDER.resolve("data").toString())).isZero();
    }

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
    void aCountReportedAfterIsSaidToWithoutItsSourceFails() throws IOException {
        Dataset facts = facts();
        UpdateAction.parseExecute(PREFIXES + "DELETE { GRAPH ?g { ?count kg:accordingTo ?source . ?r ?p ?v } } WHERE { GRAPH ?g { "
                + "?count kg:accordingTo ?source . ?r rdf:predicate kg:accordingTo ; rdf:subject ?count ; ?p ?v . "
                + "FILTER(STRENDS(STR(?count), \"/troops\")) } }", facts);

        assertThat(audit(facts).lines()).anyMatch(l -> l.startsWith(
                "paragraph 2: tpf/troops is reported after \"Wire Agency is said to\"") && l.contains("but is not wire-agency's"));
    }

    @Test
    void aHoldingInADatedSentenceWithoutItsDayFails() throws IOException {
        Dataset facts = facts();
        delete(facts, "kg:asOf");

        assertThat(audit(facts).lines()).anyMatch(l -> l.startsWith(
                "paragraph 2: ana-berg-holds-testland-minister shares a sentence with thanks (2022-01-09), but has no asOf"));
    }

    @Test
    void aPartOfTheDayWithoutItsFactFails() throws IOException {
        Dataset facts = facts();
        delete(facts, "kg:partOfDay");

        assertThat(audit(facts).lines()).contains("paragraph 1: \"night\" (a part of the day) lies in no evidence of a fact whose "
                + "partOfDay is night — give the event it times partOfDay: night with evidence words that include it, or list it "
                + "under audit: as {para: 1, text: \"night\", reason: ...}");
    }

    @Test
    void aCauseWithoutItsBecauseFails() throws IOException {
        Dataset facts = facts();
        delete(facts, "kg:because");

        assertThat(audit(facts).lines()).contains("paragraph 2: \"because\" gives a cause, but lies in no evidence of a because — "
                + "give what it explains because: (the event it responds to) with evidence words that include \"because\", or list "
                + "it under audit: as {para: 2, text: \"because\", reason: ...}");
    }

    @Test
    void outletsDescribedByADemonymWithoutTheirStateFail() throws IOException {
        Dataset facts = facts();
        // Radio One's alone: Wire Agency, still Ostish, accounts for the word as any one outlet did before
        UpdateAction.parseExecute(PREFIXES + "DELETE { GRAPH ?g { ?s kg:ofState ?o . ?r ?p ?v } } WHERE { GRAPH ?g { "
                + "?s kg:ofState ?o . ?r rdf:predicate kg:ofState ; rdf:subject ?s ; ?p ?v . FILTER(STRENDS(STR(?s), \"/radio-one\")) } }", facts);

        assertThat(audit(facts).lines()).anyMatch(l -> l.startsWith("paragraph 2: \"Ostish\" in the evidence \"as Ostish state media "
                + "reported\" of thanks says what the outlets it cites are, but radio-one is not what it names"));
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
