package org.w3id.cstokg.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * A {@link PropertyGraph} as a jgrapht directed pseudograph (parallel edges and loops allowed),
 * with vertices named by node id and attribute providers for jgrapht's GraphML exporter.
 */
final class JGraphTView {
    final Graph<String, PropertyGraph.Edge> graph = new DirectedPseudograph<>(null, null, false);
    private final Map<String, PropertyGraph.Node> nodes = new HashMap<>();

    JGraphTView(PropertyGraph pg) {
        for (PropertyGraph.Node n : pg.nodes()) {
            graph.addVertex(n.id());
            nodes.put(n.id(), n);
        }
        for (PropertyGraph.Edge e : pg.edges()) {
            graph.addEdge(e.source(), e.target(), e);
        }
    }

    /** Every column of a node, as jgrapht attributes. */
    Function<String, Map<String, Attribute>> nodeAttributes() {
        return id -> attributes(nodes.get(id).data());
    }

    /** Every column of an edge, as jgrapht attributes. */
    Function<PropertyGraph.Edge, Map<String, Attribute>> edgeAttributes() {
        return e -> attributes(e.data());
    }

    private static Map<String, Attribute> attributes(Map<String, String> data) {
        Map<String, Attribute> out = new HashMap<>();
        data.forEach((k, v) -> out.put(k, DefaultAttribute.createAttribute(v)));
        return out;
    }
}
