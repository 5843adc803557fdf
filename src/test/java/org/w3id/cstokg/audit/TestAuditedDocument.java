package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

class TestAuditedDocument {

    @Test
    void theOnlyArticleWithTheYearItWasIssued() {
        Model model = GoldenArticle.facts().getUnionModel();

        assertThat(AuditedDocument.in(model, Optional.empty())).isEqualTo(new AuditedDocument("small-1", 2022));
        assertThat(AuditedDocument.in(model, Optional.of("small-1")).iri()).isEqualTo(Ids.entity("small-1"));
    }

    @Test
    void anArticleTheGraphDoesNotHaveIsAnError() {
        Model model = GoldenArticle.facts().getUnionModel();

        assertThatThrownBy(() -> AuditedDocument.in(model, Optional.of("small-2")))
                .isInstanceOf(AuditInputException.class)
                .hasMessage("the graph has no kg:Article <https://w3id.org/csto-kg/id/small-2>");
    }

    @Test
    void severalArticlesNeedTheIdentifier() {
        Model model = GoldenArticle.facts().getUnionModel();
        Model second = ModelFactory.createDefaultModel().add(model);
        second.createResource(Ids.entity("small-2")).addProperty(RDF.type, KG.Article);

        assertThatThrownBy(() -> AuditedDocument.in(second, Optional.empty()))
                .isInstanceOf(AuditInputException.class)
                .hasMessageStartingWith("the graph has 2 articles; name the audited one with --document ID, one of ");
        assertThat(AuditedDocument.in(second, Optional.of("small-1")).year()).isEqualTo(2022);
    }

    @Test
    void anArticleWithoutAnIssueDateIsAnError() {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(Ids.entity("small-3")).addProperty(RDF.type, KG.Article).addProperty(DCTerms.issued, "soon");

        assertThatThrownBy(() -> AuditedDocument.in(model, Optional.empty()))
                .isInstanceOf(AuditInputException.class)
                .hasMessage("dcterms:issued of <https://w3id.org/csto-kg/id/small-3> is not a date: \"soon\"");
    }
}
