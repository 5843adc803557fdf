package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/** GraphML, GEXF and Cytoscape JSON of the fixture: schema-valid, and the same graph in all three. */
class TestPropertyGraphFormats {
    private static final String KZ = "https://w3id.org/csto-kg/id/kazakhstan";
    private static final String MISSION = "https://w3id.org/csto-kg/id/csto-mission-kazakhstan-2022";

    private final Dataset ds = Fixtures.dataset();
    private final PropertyGraph pg = PropertyGraphBuilder.create(ds).build();
    private final PropertyGraph empty = new PropertyGraph(List.of(), List.of(), Map.of());

    static String text(PropertyGraph pg, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(pg, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void graphmlIsValidAgainstTheGraphmlSchema() throws Exception {
        XmlChecks.validate(text(pg, Format.GRAPHML), "graphml.xsd");
    }

    @Test
    void gexfIsValidAgainstTheGexf12draftSchema() throws Exception {
        XmlChecks.validate(text(pg, Format.GEXF), "gexf.xsd");
    }

    @Test
    void theSchemasRejectABrokenDocument() {
        String noEdgeTarget = text(pg, Format.GRAPHML).replaceFirst(" target=\"n\\d+\"", "");
        assertThatThrownBy(() -> XmlChecks.validate(noEdgeTarget, "graphml.xsd"))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("target");
        String badMode = text(pg, Format.GEXF).replaceFirst("defaultedgetype=\"directed\"", "defaultedgetype=\"sideways\"");
        assertThatThrownBy(() -> XmlChecks.validate(badMode, "gexf.xsd"))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("sideways");
    }

    @Test
    void nodeAndEdgeCountsAgreeAcrossFormatsAndWithSparql() throws Exception {
        int nodes = Fixtures.predicted(ds, "count-nodes.rq");
        int edges = Fixtures.predicted(ds, "count-edges.rq");
        Document graphml = XmlChecks.parse(text(pg, Format.GRAPHML));
        Document gexf = XmlChecks.parse(text(pg, Format.GEXF));
        JsonNode cy = new ObjectMapper().readTree(text(pg, Format.CYTOSCAPE));
        assertThat(List.of(XmlChecks.count(graphml, "/graphml/graph/node"), XmlChecks.count(gexf, "/gexf/graph/nodes/node"),
                cy.at("/elements/nodes").size())).containsOnly(nodes).containsOnly(Fixtures.NODES);
        assertThat(List.of(XmlChecks.count(graphml, "/graphml/graph/edge"), XmlChecks.count(gexf, "/gexf/graph/edges/edge"),
                cy.at("/elements/edges").size())).containsOnly(edges).containsOnly(Fixtures.EDGES);
    }

    @Test
    void graphmlKeepsTheNodeLabelKeyAndGivesEdgesTheirOwn() throws Exception {
        Document d = XmlChecks.parse(text(pg, Format.GRAPHML));
        assertThat(XmlChecks.count(d, "/graphml/key[@for='node' and @attr.name='label']")).isEqualTo(1);
        assertThat(XmlChecks.count(d, "/graphml/key[@for='node' and @attr.name='name']")).isEqualTo(1);
        assertThat(XmlChecks.count(d, "/graphml/key[@for='edge' and @attr.name='label']")).isZero();
        assertThat(XmlChecks.count(d, "/graphml/key[@for='edge' and @attr.name='relation']")).isEqualTo(1);
        assertThat(XmlChecks.string(d, "/graphml/key[@attr.name='troopCount']/@attr.type")).isEqualTo("long");
        assertThat(XmlChecks.count(d, "/graphml/graph/node/data[@key=/graphml/key[@attr.name='label']/@id]"))
                .isEqualTo(Fixtures.NODES);
    }

    @Test
    void theSameNodeHasTheSameValuesInAllThree() throws Exception {
        Document graphml = XmlChecks.parse(text(pg, Format.GRAPHML));
        Document gexf = XmlChecks.parse(text(pg, Format.GEXF));
        JsonNode cy = new ObjectMapper().readTree(text(pg, Format.CYTOSCAPE));
        for (String[] c : new String[][] {{KZ, "wikidata", "http://www.wikidata.org/entity/Q232"},
                {KZ, "name", "Kazakhstan"}, {MISSION, "troopCount", "2030"}, {MISSION, "type", "Mission"}}) {
            assertThat(graphmlValue(graphml, c[0], c[1])).as("graphml %s", c[1]).isEqualTo(c[2]);
            assertThat(gexfValue(gexf, c[0], c[1])).as("gexf %s", c[1]).isEqualTo(c[2]);
            assertThat(cyNode(cy, c[0]).get(c[1]).asText()).as("cytoscape %s", c[1]).isEqualTo(c[2]);
        }
        assertThat(XmlChecks.string(gexf, "/gexf/graph/nodes/node[attvalues/attvalue[@value='" + KZ + "']]/@label"))
                .isEqualTo("Kazakhstan");
        assertThat(cyNode(cy, MISSION).get("troopCount").isNumber()).isTrue();
        assertThat(cyNode(cy, MISSION).get("troopCount.approximate").isBoolean()).isTrue();
    }

    @Test
    void edgesCarryRelationAndPropertyInAllThree() throws Exception {
        String hostCountry = "https://w3id.org/csto-kg/ontology#hostCountry";
        Document graphml = XmlChecks.parse(text(pg, Format.GRAPHML));
        Document gexf = XmlChecks.parse(text(pg, Format.GEXF));
        JsonNode cy = new ObjectMapper().readTree(text(pg, Format.CYTOSCAPE));
        assertThat(XmlChecks.string(graphml, "/graphml/graph/edge[data='" + hostCountry + "']/data[@key="
                + "/graphml/key[@attr.name='relation']/@id]")).isEqualTo("host country");
        assertThat(XmlChecks.string(gexf, "/gexf/graph/edges/edge[attvalues/attvalue/@value='" + hostCountry + "']/@label"))
                .isEqualTo("host country");
        JsonNode edge = null;
        for (JsonNode e : cy.at("/elements/edges")) {
            if (e.at("/data/property").asText().equals(hostCountry)) {
                edge = e.get("data");
            }
        }
        assertThat(edge).isNotNull();
        assertThat(edge.get("relation").asText()).isEqualTo("host country");
        assertThat(edge.get("source").asText()).isEqualTo(cyNode(cy, MISSION).get("id").asText());
    }

    @Test
    void anEmptyGraphStillWritesValidDocumentsWithNoNodes() throws Exception {
        XmlChecks.validate(text(empty, Format.GRAPHML), "graphml.xsd");
        assertThat(XmlChecks.count(XmlChecks.parse(text(empty, Format.GRAPHML)), "//node")).isZero();
        assertThat(new ObjectMapper().readTree(text(empty, Format.CYTOSCAPE)).at("/elements/nodes").size()).isZero();
    }

    private static String graphmlValue(Document d, String iri, String column) throws Exception {
        String key = "/graphml/key[@for='node' and @attr.name='" + column + "']/@id";
        return XmlChecks.string(d, "/graphml/graph/node[data='" + iri + "']/data[@key=" + key + "]");
    }

    private static String gexfValue(Document d, String iri, String column) throws Exception {
        String key = "/gexf/graph/attributes[@class='node']/attribute[@title='" + column + "']/@id";
        return XmlChecks.string(d, "/gexf/graph/nodes/node[attvalues/attvalue/@value='" + iri
                + "']/attvalues/attvalue[@for=" + key + "]/@value");
    }

    private static JsonNode cyNode(JsonNode cy, String iri) {
        for (JsonNode n : cy.at("/elements/nodes")) {
            if (n.at("/data/iri").asText().equals(iri)) {
                return n.get("data");
            }
        }
        throw new AssertionError("no cytoscape node " + iri);
    }
}
