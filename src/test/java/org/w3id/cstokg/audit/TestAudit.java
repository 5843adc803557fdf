package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TIME;

class TestAudit {

    private static final AuditedDocument DOCUMENT = new AuditedDocument(SmallArticle.DOCUMENT, SmallArticle.YEAR);

    private static AuditReport audit(Dataset facts, List<Exemption> exemptions) {
        return new Audit(FactIndex.of(facts, DOCUMENT), exemptions).check(SmallArticle.text(), SmallArticle.YEAR);
    }

    @Test
    void completeFactsMissNothing() {
        AuditReport report = audit(SmallArticle.facts(), List.of(SmallArticle.ONE_COMMANDER));

        assertThat(report.missing()).isEmpty();
        assertThat(report.staleExemptions()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.lines()).containsExactly(
                "audit: 4 paragraphs and the caption, 23 mentions (1 exempted), 0 missing, 0 stale exemptions");
    }

    @Test
    void incompleteFactsMissExactlyWhatWasRemoved() {
        Dataset facts = SmallArticle.facts();
        Model graph = facts.getNamedModel(Graphs.forDocument(SmallArticle.DOCUMENT));
        // 2,500: the quantity is gone; the description still says "2,500" in words, which must not count.
        graph.removeAll(node(graph, Ids.part("arrival", "troops")), null, null);
        // three: paragraph 1 loses it; the boarding, citing paragraph 2, still states 3.
        graph.removeAll(node(graph, Ids.entity("arrival")), KG.aircraftCount, null);
        // 1:20 AM: the date-time is gone; kg:date (January 6) and kg:utc (22:20) remain.
        graph.removeAll(node(graph, Ids.entity("council-decision")), TIME.hasTime, null);
        // four, and Radio One of January 7: the boarding no longer cites paragraph 2.
        graph.removeAll(node(graph, Ids.entity("boarding")), KG.citation, null);
        // TASS of January 6: now cited with another date.
        Resource tass = node(graph, Ids.citation("night-meeting", 1));
        graph.removeAll(tass, KG.citedDate, null);
        tass.addLiteral(KG.citedDate, graph.createTypedLiteral("2022-01-07", XSDDatatype.XSDdate));
        // Reuters: the caption's citation names no outlet.
        graph.removeAll(node(graph, Ids.citation("boarding-photo", 1)), KG.citesOutlet, null);

        AuditReport report = audit(facts, List.of(SmallArticle.ONE_COMMANDER));

        assertThat(report.passed()).isFalse();
        assertThat(report.lines()).containsExactly(
                "caption: citation (Reuters) — no fact citing the caption cites Reuters",
                "paragraph 1: \"2,500\" (2500) — no fact citing paragraph 1 states 2500",
                "paragraph 1: \"three\" (3) — no fact citing paragraph 1 states 3",
                "paragraph 2: \"1:20 AM\" (01:20) — no fact citing paragraph 2 states 01:20",
                "paragraph 2: \"four\" (4) — no fact citing paragraph 2 states 4",
                "paragraph 2: citation (Radio One, 2022-01-07) — no fact citing paragraph 2 cites Radio One of 2022-01-07",
                "paragraph 4: citation (TASS, 2022-01-06) — no fact citing paragraph 4 cites TASS of 2022-01-06",
                "audit: 4 paragraphs and the caption, 23 mentions (1 exempted), 7 missing, 0 stale exemptions");
    }

    @Test
    void withoutTheExemptionTheNumberIsMissing() {
        AuditReport report = audit(SmallArticle.facts(), List.of());

        assertThat(report.lines()).containsExactly(
                "paragraph 3: \"one\" (1) — no fact citing paragraph 3 states 1",
                "audit: 4 paragraphs and the caption, 23 mentions (0 exempted), 1 missing, 0 stale exemptions");
    }

    @Test
    void anExemptionMatchesInAnyCaseButOnlyInItsParagraph() {
        Exemption upperCase = new Exemption(3, "ONE", "the single commander");
        Exemption elsewhere = new Exemption(2, "one", "there is no 'one' in paragraph 2");

        AuditReport report = audit(SmallArticle.facts(), List.of(upperCase, elsewhere));

        assertThat(report.missing()).isEmpty();
        assertThat(report.staleExemptions()).containsExactly(elsewhere);
        assertThat(report.passed()).isFalse();
        assertThat(report.lines()).containsExactly(
                "paragraph 2: exemption \"one\" matches no mention (stale; its reason: there is no 'one' in paragraph 2)",
                "audit: 4 paragraphs and the caption, 23 mentions (1 exempted), 0 missing, 1 stale exemption");
    }

    @Test
    void aStaleExemptionIsReported() {
        Exemption seven = new Exemption(1, "seven", "the seven columns");

        AuditReport report = audit(SmallArticle.facts(), List.of(SmallArticle.ONE_COMMANDER, seven));

        assertThat(report.missing()).isEmpty();
        assertThat(report.staleExemptions()).containsExactly(seven);
        assertThat(report.passed()).isFalse();
    }

    @Test
    void factsOfAnotherDocumentDoNotCount() {
        AuditedDocument other = new AuditedDocument("small-2", SmallArticle.YEAR);

        AuditReport report = new Audit(FactIndex.of(SmallArticle.facts(), other), List.of(SmallArticle.ONE_COMMANDER))
                .check(SmallArticle.text(), SmallArticle.YEAR);

        assertThat(report.missing()).hasSize(22);
    }

    private static Resource node(Model graph, String iri) {
        Resource node = graph.createResource(iri);
        assertThat(graph.containsResource(node)).as("fixture node %s", iri).isTrue();
        return node;
    }
}
