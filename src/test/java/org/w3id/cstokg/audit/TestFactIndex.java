package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

class TestFactIndex {

    private static final AuditedDocument DOCUMENT = new AuditedDocument(SmallArticle.DOCUMENT, SmallArticle.YEAR);
    private static final ArticlePart P1 = ArticlePart.paragraph(1);
    private static final ArticlePart P3 = ArticlePart.paragraph(3);

    private Dataset facts;
    private Model graph;

    @BeforeEach
    void facts() {
        facts = SmallArticle.facts();
        graph = facts.getNamedModel(Graphs.forDocument(SmallArticle.DOCUMENT));
    }

    private StatedValues stated(ArticlePart part) {
        return FactIndex.of(facts, DOCUMENT).statedIn(part);
    }

    private Resource factCiting(String id, int paragraph) {
        Resource citation = graph.createResource(Ids.citation(id, 1))
                .addProperty(RDF.type, KG.Citation)
                .addProperty(KG.inPart, graph.createResource(Ids.paragraph(SmallArticle.DOCUMENT, paragraph)));
        return graph.createResource(Ids.entity(id)).addProperty(KG.citation, citation);
    }

    private static NumberMention number(long value) {
        return new NumberMention(String.valueOf(value), 0, value);
    }

    @Test
    void aTypedNumberOnTheFactIsStatedButTheSameNumberInAStringIsNot() {
        factCiting("typed", 3).addLiteral(KG.memberCount, graph.createTypedLiteral("99", XSDDatatype.XSDinteger));
        factCiting("text", 3).addProperty(DCTerms.description, "99 and 77 and January 7", "en")
                .addProperty(KG.rank, "77");

        assertThat(stated(P3).states(number(99))).isTrue();
        assertThat(stated(P3).states(number(77))).isFalse();
        assertThat(stated(P3).states(new DateMention("January 7", 0, LocalDate.of(2022, 1, 7)))).isFalse();
    }

    @Test
    void ownNodesCountButLinkedFactsDoNot() {
        Resource fact = factCiting("x", 3);
        fact.addProperty(KG.troopCount, graph.createResource(Ids.part("x", "troops"))
                .addLiteral(KG.memberCount, graph.createTypedLiteral("41", XSDDatatype.XSDinteger)));
        fact.addProperty(KG.partOf, graph.createResource(Ids.entity("x-other"))
                .addLiteral(KG.memberCount, graph.createTypedLiteral("42", XSDDatatype.XSDinteger)));
        fact.addProperty(KG.after, graph.createResource(Ids.entity("xy/troops"))
                .addLiteral(KG.memberCount, graph.createTypedLiteral("43", XSDDatatype.XSDinteger)));

        assertThat(stated(P3).states(number(41))).isTrue();
        assertThat(stated(P3).states(number(42))).isFalse();
        assertThat(stated(P3).states(number(43))).isFalse();
    }

    @Test
    void aNodeWithItsOwnCitationStatesOnlyForItsOwnParagraph() {
        Resource count = factCiting("y/members", 1)
                .addLiteral(KG.memberCount, graph.createTypedLiteral("6", XSDDatatype.XSDinteger));
        factCiting("y", 3).addProperty(KG.memberCount, count);

        assertThat(stated(P1).states(number(6))).isTrue();
        assertThat(stated(P3).states(number(6))).isFalse();
    }

    @Test
    void durationsStateTheirComponents() {
        assertThat(stated(ArticlePart.paragraph(2)).states(number(4))).as("PT4H").isTrue();
        assertThat(stated(P3).states(number(10))).as("P10D").isTrue();
        assertThat(stated(P3).states(number(4))).isFalse();
    }

    @Test
    void aDateTimeStatesItsLocalDateAndClockTime() {
        StatedValues p2 = stated(ArticlePart.paragraph(2));

        assertThat(p2.states(new ClockTimeMention("1:20 AM", 0, LocalTime.of(1, 20)))).isTrue();
        assertThat(p2.states(new ClockTimeMention("1:21 AM", 0, LocalTime.of(1, 21)))).isFalse();
        assertThat(stated(P1).states(new ClockTimeMention("1:20 AM", 0, LocalTime.of(1, 20)))).isFalse();
    }

    @Test
    void citationsMatchByAnyLabelAndDateAndKindOfDate() {
        StatedValues p4 = stated(ArticlePart.paragraph(4));
        StatedValues p3 = stated(P3);
        Optional<LocalDate> jan6 = Optional.of(LocalDate.of(2022, 1, 6));
        Optional<LocalDate> jan19 = Optional.of(LocalDate.of(2022, 1, 19));

        assertThat(p4.states(new CitationMention("", 0, "TASS", jan6, false))).as("skos:altLabel").isTrue();
        assertThat(p4.states(new CitationMention("", 0, "tass russian news agency", jan6, false))).isTrue();
        assertThat(p4.states(new CitationMention("", 0, "TASS", jan19, false))).isFalse();
        assertThat(p4.states(new CitationMention("", 0, "TASS", Optional.empty(), false))).isTrue();
        assertThat(p4.states(new CitationMention("", 0, "Interfax", jan6, false))).isFalse();
        assertThat(p3.states(new CitationMention("", 0, "Ministry.example", jan19, true))).isTrue();
        assertThat(p3.states(new CitationMention("", 0, "Ministry.example", jan19, false))).isFalse();
    }

    @Test
    void aParagraphOfAnotherArticleIsNotThisOne() {
        Resource otherP1 = graph.createResource(Ids.paragraph("small-2", 1))
                .addLiteral(KG.paragraphNumber, graph.createTypedLiteral("1", XSDDatatype.XSDinteger))
                .addProperty(DCTerms.isPartOf, graph.createResource(Ids.entity("small-2")));
        Resource citation = graph.createResource(Ids.citation("z", 1)).addProperty(KG.inPart, otherP1);
        graph.createResource(Ids.entity("z")).addProperty(KG.citation, citation)
                .addLiteral(KG.memberCount, graph.createTypedLiteral("55", XSDDatatype.XSDinteger));

        assertThat(FactIndex.of(facts, new AuditedDocument("small-2", 2022)).statedIn(P1).states(number(55))).isTrue();
        assertThat(stated(P1).states(number(55))).isFalse();
    }

    @Test
    void aPartWithoutFactsStatesNothing() {
        StatedValues none = FactIndex.of(facts, DOCUMENT).statedIn(ArticlePart.paragraph(9));

        assertThat(none.states(number(1))).isFalse();
        assertThat(none.states(new NumberMention("2,500", 0, new BigDecimal("2500.0")))).isFalse();
        assertThat(stated(P1).states(new NumberMention("2,500", 0, new BigDecimal("2500.0")))).isTrue();
    }
}
