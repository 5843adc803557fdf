package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class TestPropertyGraphBuilder {
    private final Dataset ds = Fixtures.dataset();
    private final PropertyGraph pg = PropertyGraphBuilder.create(ds).build();

    private PropertyGraph.Node node(String id) {
        String iri = "https://w3id.org/csto-kg/id/" + id;
        return pg.nodes().stream().filter(n -> n.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + iri));
    }

    @Test
    void countsAreTheOnesTheSparqlQueriesPredict() {
        assertThat(Fixtures.predicted(ds, "count-nodes.rq")).isEqualTo(Fixtures.NODES);
        assertThat(Fixtures.predicted(ds, "count-edges.rq")).isEqualTo(Fixtures.EDGES);
        assertThat(pg.nodes()).hasSize(Fixtures.NODES);
        assertThat(pg.edges()).hasSize(Fixtures.EDGES);
    }

    @Test
    void entitiesEventsAndFactNodesAreNodes() {
        assertThat(pg.nodes()).extracting(PropertyGraph.Node::iri).containsExactly(
                "https://w3id.org/csto-kg/id/csc-decision",
                "https://w3id.org/csto-kg/id/csto",
                "https://w3id.org/csto-kg/id/csto-mission-kazakhstan-2022",
                "https://w3id.org/csto-kg/id/edm-19-2",
                "https://w3id.org/csto-kg/id/edm-19-2/author",
                "https://w3id.org/csto-kg/id/eurasia-daily-monitor",
                "https://w3id.org/csto-kg/id/kazakhstan",
                "https://w3id.org/csto-kg/id/quote-1",
                "https://w3id.org/csto-kg/id/russia",
                "https://w3id.org/csto-kg/id/russia-member-of-csto",
                "https://w3id.org/csto-kg/id/russian-contingent",
                "https://w3id.org/csto-kg/id/tass",
                "https://w3id.org/csto-kg/id/unit-type/airborne",
                "https://w3id.org/csto-kg/id/vladimir-putin");
        assertThat(pg.nodes()).extracting(PropertyGraph.Node::id).startsWith("n1", "n2").doesNotHaveDuplicates();
    }

    @Test
    void ontologyTermsParagraphsCitationsAndQuantitiesAreNotNodes() {
        assertThat(pg.nodes()).extracting(PropertyGraph.Node::iri).noneMatch(iri ->
                iri.contains("ontology#") || iri.contains("/p1") || iri.contains("/p8")
                        || iri.contains("/citation/") || iri.endsWith("/troops"));
    }

    @Test
    void fixedColumnsComeFromLabelTypeAndSameAs() {
        PropertyGraph.Node kz = node("kazakhstan");
        assertThat(kz.label()).isEqualTo("Kazakhstan");
        assertThat(kz.type()).isEqualTo("State");
        assertThat(kz.wikidata()).isEqualTo("http://www.wikidata.org/entity/Q232");
        assertThat(kz.data()).containsEntry("name", "Kazakhstan").containsEntry("label", "Kazakhstan");
        assertThat(node("russia").wikidata()).isNull();
        assertThat(node("russia").data()).doesNotContainKey("wikidata");
        assertThat(node("russia-member-of-csto").type()).isEqualTo("Membership");
        assertThat(node("edm-19-2").label()).startsWith("Russian-Led Mission");
    }

    @Test
    void quantitiesAndTimesAreFlattenedIntoTheirFactUnderShortNames() {
        assertThat(node("csto-mission-kazakhstan-2022").attributes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "troopCount", "2030",
                "troopCount.approximate", "true",
                "date", "2022-01-06",
                "time.start", "2022-01-06",
                "time.end", "2022-01-19",
                "document", "https://w3id.org/csto-kg/id/edm-19-2"));
        assertThat(node("csc-decision").attributes())
                .containsEntry("time", "2022-01-06T01:20:00+03:00")
                .containsEntry("time.timeZone", "Moscow time")
                .containsEntry("utc", "2022-01-05T22:20:00Z");
    }

    @Test
    void citationsBecomeSourcesAndEdgesToTheirOutlets() {
        PropertyGraph.Node mission = node("csto-mission-kazakhstan-2022");
        assertThat(mission.sources()).isEqualTo(new Sources(Map.of("https://w3id.org/csto-kg/id/edm-19-2/p8", "8"),
                List.of("https://w3id.org/csto-kg/id/tass"), List.of("2022-01-19")));
        assertThat(mission.data()).containsEntry("paragraphs", "8").containsEntry("citedDates", "2022-01-19");
        assertThat(pg.edges()).filteredOn(e -> e.property().endsWith("#citesOutlet")).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(mission.id());
            assertThat(e.target()).isEqualTo(node("tass").id());
        });
        assertThat(node("russia").data()).containsEntry("paragraphs", "1").doesNotContainKey("citedDates");
        assertThat(node("kazakhstan").sources().isEmpty()).isTrue();
        assertThat(pg.columns().keySet()).noneMatch(c -> c.contains("citation") || c.contains("rdfs_label")
                || c.contains("unitText") || c.contains("."  + "dcterms_source"));
    }

    @Test
    void everyNodeHasTheColourGroupOfItsClass() {
        assertThat(node("kazakhstan").group()).isEqualTo(NodeGroup.STATE);
        assertThat(node("tass").group()).isEqualTo(NodeGroup.SOURCE);
        assertThat(node("unit-type/airborne").group()).isEqualTo(NodeGroup.CONCEPT);
        assertThat(node("kazakhstan").data()).containsEntry("group", "state");
    }

    @Test
    void columnsAreTypedOnlyWhenEveryValueFits() {
        assertThat(pg.columns()).containsEntry("troopCount", AttributeType.LONG)
                .containsEntry("troopCount.approximate", AttributeType.BOOLEAN)
                .containsEntry("paragraphCount", AttributeType.LONG)
                .containsEntry("altLabel", AttributeType.STRING)
                .containsEntry("date", AttributeType.STRING);
        assertThat(List.copyOf(pg.columns().keySet()).subList(0, 8))
                .containsExactly("name", "label", "type", "group", "iri", "wikidata", "paragraphs", "citedDates");
    }

    @Test
    void multipleValuesAreSortedAndJoined() {
        assertThat(node("csto").attributes()).containsEntry("altLabel", "CSTO | CTSO");
    }

    @Test
    void edgesCarryThePropertyLabelFromTheOntologyElseItsLocalName() {
        assertThat(pg.edges()).filteredOn(e -> e.property().endsWith("#hostCountry"))
                .singleElement().satisfies(e -> {
                    assertThat(e.relation()).isEqualTo("host country");
                    assertThat(e.source()).isEqualTo(node("csto-mission-kazakhstan-2022").id());
                    assertThat(e.target()).isEqualTo(node("kazakhstan").id());
                });
        assertThat(pg.edges()).filteredOn(e -> e.property().endsWith("#organizedBy"))
                .singleElement().extracting(PropertyGraph.Edge::relation).isEqualTo("organizedBy");
        assertThat(pg.edges()).extracting(PropertyGraph.Edge::property)
                .doesNotContain("http://purl.org/dc/terms/source",
                        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    }

    @Test
    void parallelEdgesBetweenTwoNodesAreKept() {
        String mission = node("csto-mission-kazakhstan-2022").id();
        String csto = node("csto").id();
        assertThat(pg.edges()).filteredOn(e -> e.source().equals(mission) && e.target().equals(csto))
                .extracting(PropertyGraph.Edge::relation).containsExactly("authorizedBy", "organizedBy");
    }

    @Test
    void includingTheOntologyGraphMakesItsTermsNodes() {
        PropertyGraph withOntology = PropertyGraphBuilder.create(ds).excludeGraphs(List.of()).build();
        assertThat(withOntology.nodes()).hasSize(Fixtures.NODES + 3);
    }

    @Test
    void aDatasetWithNoDataGraphGivesAnEmptyGraph() {
        Dataset onlyOntology = DatasetFactory.create();
        RDFParser.fromString("""
                GRAPH <https://w3id.org/csto-kg/graph/ontology> {
                  <https://w3id.org/csto-kg/ontology#Mission> a <http://www.w3.org/2002/07/owl#Class> }
                <https://w3id.org/csto-kg/id/x> a <https://w3id.org/csto-kg/ontology#State> .
                """, Lang.TRIG).parse(onlyOntology);
        PropertyGraph empty = PropertyGraphBuilder.create(onlyOntology).build();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.edges()).isEmpty();
        assertThat(Fixtures.predicted(onlyOntology, "count-nodes.rq")).isZero();
    }
}
