package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Graphs;

/**
 * Leave one out on the small invented article: every fact one could delete from its facts (see
 * {@link FactDeletions}: a whole unreferenced fact, a field, a list item, a count's flag) makes
 * the audit fail. 100%: a deletion the audit does not notice is a hole in the audit.
 */
class TestLeaveOneOut {

    @Test
    void everyDeletionFailsTheAudit() {
        List<Exemption> exemptions = GoldenArticle.exemptions(GoldenArticle.folder());
        Model complete = GoldenArticle.facts().getNamedModel(Graphs.forDocument(GoldenArticle.DOCUMENT));
        List<FactDeletions.Deletion> deletions = FactDeletions.of(complete);
        List<String> unnoticed = new ArrayList<>();
        for (FactDeletions.Deletion deletion : deletions) {
            Dataset facts = GoldenArticle.facts();
            deletion.applyTo(facts.getNamedModel(Graphs.forDocument(GoldenArticle.DOCUMENT)));
            if (GoldenArticle.audit(facts, exemptions).passed()) unnoticed.add(deletion.name());
        }
        assertThat(deletions).as("deletions of the small article's facts").hasSizeGreaterThanOrEqualTo(15);
        System.out.println("leave one out, small article: " + (deletions.size() - unnoticed.size()) + " of "
                + deletions.size() + " deletions fail the audit");
        assertThat(unnoticed).as("deletions the audit did not notice, of " + deletions.size()).isEmpty();
    }
}
