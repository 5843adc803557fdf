package org.w3id.cstokg.export;

import java.io.Writer;
import java.util.Map;

import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes a {@link PropertyGraph} as GraphML through jgrapht-io. Node labels use jgrapht's label
 * key named {@code label}; edges never reuse a node key name, because jgrapht keeps one key per
 * name and a second registration silently replaces the first.
 */
public final class GraphMLWriter {
    private GraphMLWriter() {}

    public static void write(PropertyGraph pg, Writer out) {
        JGraphTView view = new JGraphTView(pg);
        GraphMLExporter<String, PropertyGraph.Edge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(PropertyGraph.Edge::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName(PropertyGraph.LABEL);
        for (Map.Entry<String, AttributeType> c : pg.columns().entrySet()) {
            if (!c.getKey().equals(PropertyGraph.LABEL)) {
                exporter.registerAttribute(c.getKey(), AttributeCategory.NODE, type(c.getValue()));
            }
        }
        exporter.registerAttribute(PropertyGraph.RELATION, AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
        exporter.registerAttribute(PropertyGraph.PROPERTY, AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
        exporter.setVertexAttributeProvider(view.nodeAttributes());
        exporter.setEdgeAttributeProvider(view.edgeAttributes(Map.of()));
        exporter.exportGraph(view.graph, out);
    }

    private static org.jgrapht.nio.AttributeType type(AttributeType t) {
        return switch (t) {
            case STRING -> org.jgrapht.nio.AttributeType.STRING;
            case LONG -> org.jgrapht.nio.AttributeType.LONG;
            case DOUBLE -> org.jgrapht.nio.AttributeType.DOUBLE;
            case BOOLEAN -> org.jgrapht.nio.AttributeType.BOOLEAN;
        };
    }
}
