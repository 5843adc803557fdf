package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Ids;

/**
 * The evidence of issue 11 (a reifier per asserted triple, selectors per citation) never shows in
 * the explorer files: with it added, GraphML, GEXF and Cytoscape JSON are the same, byte for byte,
 * as without it.
 */
class TestEvidenceInExports {
    private static final String DOCUMENT_GRAPH = "https://w3id.org/csto-kg/graph/edm-19-2";

    private final Dataset plain = Fixtures.dataset();
    private final Dataset withEvidence = Fixtures.dataset();
    private final int reifiers = Evidence.addTo(withEvidence, DOCUMENT_GRAPH, Ids.entity("edm-19-2"),
            NodeFactory.createURI(Ids.citation("russia", 1)));

    @Test
    void theFixtureGetsAReifierForEachOfItsFacts() {
        assertThat(reifiers).isGreaterThan(40);
        assertThat(withEvidence.asDatasetGraph().getGraph(NodeFactory.createURI(DOCUMENT_GRAPH)).size())
                .isGreaterThan(plain.asDatasetGraph().getGraph(NodeFactory.createURI(DOCUMENT_GRAPH)).size() + 5 * reifiers);
    }

    @Test
    void everyExplorerFileIsTheSameWithTheEvidenceAsWithout() {
        PropertyGraph without = PropertyGraphBuilder.create(plain).build();
        PropertyGraph with = PropertyGraphBuilder.create(withEvidence).build();
        assertThat(with).isEqualTo(without);
        for (Format f : new Format[] {Format.GRAPHML, Format.GEXF, Format.CYTOSCAPE}) {
            assertThat(TestPropertyGraphFormats.text(with, f)).as(f.name()).isEqualTo(TestPropertyGraphFormats.text(without, f));
        }
    }

    @Test
    void theCountQueriesLeaveTheEvidenceOutToo() {
        assertThat(Fixtures.predicted(withEvidence, "count-nodes.rq")).isEqualTo(Fixtures.NODES);
        assertThat(Fixtures.predicted(withEvidence, "count-edges.rq")).isEqualTo(Fixtures.EDGES);
    }

    @Test
    void noReifierOrSelectorIsANode() {
        PropertyGraph with = PropertyGraphBuilder.create(withEvidence).build();
        assertThat(with.nodes()).extracting(PropertyGraph.Node::iri).noneMatch(iri -> iri.contains("/stated/")
                || iri.endsWith("/quote") || iri.endsWith("/position"));
        assertThat(NodeRules.isNode(withEvidence.asDatasetGraph().getUnionGraph(),
                NodeFactory.createURI(Ids.citation("russia", 1) + "/quote"))).isFalse();
    }
}
