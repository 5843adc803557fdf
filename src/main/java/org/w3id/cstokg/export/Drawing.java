package org.w3id.cstokg.export;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole property graph as /explore draws it: each node's position ({@link GraphLayout}), size
 * (by its number of edges) and colour (by its {@link NodeGroup}). GEXF writes it as {@code viz:},
 * GraphML as the {@code x}, {@code y}, {@code size}, {@code r}, {@code g}, {@code b} keys Gephi reads,
 * Cytoscape JSON as each node's {@code position}. Usage: {@code Drawing.of(pg).look(node.id())}.
 */
public final class Drawing {
    private final Map<String, Look> looks = new HashMap<>();

    private Drawing(PropertyGraph pg) {
        Map<String, double[]> positions = GraphLayout.of(pg);
        Map<String, Integer> degree = new HashMap<>();
        for (PropertyGraph.Edge e : pg.edges()) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        for (PropertyGraph.Node n : pg.nodes()) {
            double[] p = positions.get(n.id());
            looks.put(n.id(), new Look(Math.round(p[0]), Math.round(p[1]), size(degree.getOrDefault(n.id(), 0)), n.group()));
        }
    }

    /** Lays out {@code pg} (a few hundred milliseconds for a few hundred nodes). */
    public static Drawing of(PropertyGraph pg) {
        return new Drawing(pg);
    }

    /** The look of the node with this id. */
    public Look look(String nodeId) {
        Look look = looks.get(nodeId);
        if (look == null) throw new IllegalArgumentException("no node " + nodeId + " in the drawing");
        return look;
    }

    /** A node's diameter in layout units: 12 for a node without edges, growing with the square root of its degree. */
    static long size(int degree) {
        return Math.round(12 + 5 * Math.sqrt(degree));
    }

    /**
     * How one node is drawn.
     *
     * @param x across, growing to the right, in the layout's units
     * @param y down, growing downwards as on a screen (Cytoscape's sense; Gephi's grows upwards)
     * @param size the diameter
     * @param group the group that gives the colour
     */
    public record Look(long x, long y, long size, NodeGroup group) {}
}
