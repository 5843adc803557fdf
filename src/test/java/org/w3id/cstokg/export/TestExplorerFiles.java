package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KG;
import org.xml.sax.InputSource;

/**
 * The explorer files of the real graph, parsed as a reader would: every GEXF node coloured (its
 * group's colour), positioned and sized in the viz namespace; every GraphML node with the keys Gephi
 * reads; a short set of columns; outlets and concepts linked; no reifier or selector among the nodes.
 */
class TestExplorerFiles {
    /** Generous headroom over the 59 columns of 2026-12 (105 flattened attributes before). */
    static final int MOST_COLUMNS = 70;

    private static Dataset dataset;
    private static PropertyGraph pg;
    private static Document gexf;
    private static Document graphml;
    private static JsonNode cytoscape;

    @BeforeAll
    static void exportTheRealGraph() throws Exception {
        dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        pg = PropertyGraphBuilder.create(dataset).build();
        gexf = parse(TestPropertyGraphFormats.text(pg, Format.GEXF));
        graphml = parse(TestPropertyGraphFormats.text(pg, Format.GRAPHML));
        cytoscape = new ObjectMapper().readTree(TestPropertyGraphFormats.text(pg, Format.CYTOSCAPE));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void theGexfIsValidAndEveryNodeIsColouredPositionedAndSizedInTheVizNamespace() throws Exception {
        XmlChecks.validate(TestPropertyGraphFormats.text(pg, Format.GEXF), "gexf.xsd");
        NodeList nodes = gexf.getElementsByTagNameNS(GexfWriter.NS, "node");
        assertThat(nodes.getLength()).isEqualTo(pg.nodes().size()).isGreaterThan(100);
        Map<String, PropertyGraph.Node> byId = new HashMap<>();
        pg.nodes().forEach(n -> byId.put(n.id(), n));
        Set<String> spots = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Element color = only(node, "color"), position = only(node, "position"), size = only(node, "size");
            int[] rgb = byId.get(node.getAttribute("id")).group().rgb();
            assertThat(List.of(color.getAttribute("r"), color.getAttribute("g"), color.getAttribute("b")))
                    .as(node.getAttribute("label")).containsExactly("" + rgb[0], "" + rgb[1], "" + rgb[2]);
            spots.add(position.getAttribute("x") + "," + position.getAttribute("y"));
            assertThat(Double.parseDouble(size.getAttribute("value"))).isGreaterThanOrEqualTo(12);
        }
        assertThat(spots).as("distinct positions").hasSize(nodes.getLength());
        assertThat(gexf.getElementsByTagNameNS(GexfWriter.NS, "color").getLength()).as("viz in the GEXF namespace").isZero();
    }

    private static Element only(Element node, String viz) {
        NodeList found = node.getElementsByTagNameNS(GexfWriter.VIZ, viz);
        assertThat(found.getLength()).as("viz:%s of %s", viz, node.getAttribute("label")).isEqualTo(1);
        return (Element) found.item(0);
    }

    @Test
    void everyGraphmlNodeHasTheKeysGephiReadsForPositionSizeAndColour() throws Exception {
        Map<String, String> keyIds = new HashMap<>();
        NodeList keys = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("for").equals("node")) keyIds.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        assertThat(keyIds.values()).contains("x", "y", "size", "r", "g", "b", "color");
        NodeList nodes = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        assertThat(nodes.getLength()).isEqualTo(pg.nodes().size());
        for (int i = 0; i < nodes.getLength(); i++) {
            Set<String> present = new HashSet<>();
            NodeList data = ((Element) nodes.item(i)).getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
            for (int j = 0; j < data.getLength(); j++) present.add(keyIds.get(((Element) data.item(j)).getAttribute("key")));
            assertThat(present).contains("x", "y", "size", "r", "g", "b", "color");
        }
    }

    @Test
    void everyCytoscapeNodeHasAPositionAndTheSameColour() {
        for (JsonNode n : cytoscape.at("/elements/nodes")) {
            assertThat(n.at("/position/x").isNumber() && n.at("/position/y").isNumber()).as(n.toString()).isTrue();
            assertThat(n.at("/data/color").asText()).matches("#[0-9a-f]{6}");
        }
    }

    @Test
    void theColumnsAreFewShortAndFreeOfCitationsAndGeometryParts() {
        List<String> columns = new ArrayList<>(pg.columns().keySet());
        System.out.println("explorer files: " + pg.nodes().size() + " nodes, " + pg.edges().size() + " edges, "
                + columns.size() + " node columns");
        assertThat(columns).hasSizeLessThanOrEqualTo(MOST_COLUMNS)
                .noneMatch(c -> c.contains("citation") || c.startsWith("hasGeometry") || c.contains("rdfs_label")
                        || c.contains(".dcterms_source") || c.contains("unitText") || c.contains(".value"))
                .allMatch(c -> c.chars().filter(ch -> ch == '.').count() <= 1);
    }

    @Test
    void outletsAndConceptsAreLinkedUnlessNothingNamesThem() {
        Set<String> linked = new HashSet<>();
        pg.edges().forEach(e -> { linked.add(e.source()); linked.add(e.target()); });
        List<String> lonely = new ArrayList<>();
        int checked = 0;
        for (PropertyGraph.Node n : pg.nodes()) {
            if (!n.type().equals(KG.Outlet.getLocalName()) && n.group() != NodeGroup.CONCEPT) continue;
            checked++;
            if (!linked.contains(n.id()) && isNamedByAFact(n.iri())) lonely.add(n.label());
        }
        assertThat(checked).as("outlets and concepts").isGreaterThan(10);
        assertThat(lonely).isEmpty();
    }

    /** Whether a triple of the data graphs, other than a reifier's, has {@code iri} as object. */
    private static boolean isNamedByAFact(String iri) {
        String ask = "ASK { GRAPH ?g { ?s ?p <" + iri + "> } FILTER (?p NOT IN (<" + SKOS.inScheme.getURI()
                + ">, <" + RDF.object.getURI() + ">, <" + RDF.subject.getURI() + ">)) FILTER (?g != <" + Graphs.INFERRED + ">) }";
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(ask).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void noReifierOrSelectorIsANode() {
        org.apache.jena.graph.Graph union = dataset.asDatasetGraph().getUnionGraph();
        assertThat(union.find(org.apache.jena.graph.Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).toList())
                .as("the real graph's reifiers").hasSizeGreaterThan(pg.edges().size());
        assertThat(pg.nodes()).extracting(PropertyGraph.Node::iri).noneMatch(iri -> iri.contains("/stated/"))
                .noneMatch(iri -> NodeRules.isEvidence(union, NodeFactory.createURI(iri)));
    }
}
