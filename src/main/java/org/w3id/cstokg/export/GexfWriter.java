package org.w3id.cstokg.export;

import java.io.Writer;
import java.util.Map;

import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2draft through jgrapht-io. The node label and the
 * edge label (the relation) are GEXF's own {@code label} attributes, which Gephi shows.
 */
public final class GexfWriter {
    private GexfWriter() {}

    public static void write(PropertyGraph pg, Writer out) {
        JGraphTView view = new JGraphTView(pg);
        GEXFExporter<String, PropertyGraph.Edge> exporter = new GEXFExporter<>(id -> id, PropertyGraph.Edge::id);
        exporter.setCreator("csto-kg");
        exporter.setDescription("Property-graph view of the csto-kg knowledge graph; see docs/explorers.md");
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        for (Map.Entry<String, AttributeType> c : pg.columns().entrySet()) {
            if (!c.getKey().equals(PropertyGraph.LABEL)) {
                exporter.registerAttribute(c.getKey(), AttributeCategory.NODE, type(c.getValue()));
            }
        }
        exporter.registerAttribute(PropertyGraph.RELATION, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(PropertyGraph.PROPERTY, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(view.nodeAttributes());
        exporter.setEdgeAttributeProvider(view.edgeAttributes(Map.of(PropertyGraph.LABEL, PropertyGraph.RELATION)));
        exporter.exportGraph(view.graph, out);
    }

    private static GEXFAttributeType type(AttributeType t) {
        return switch (t) {
            case STRING -> GEXFAttributeType.STRING;
            case LONG -> GEXFAttributeType.LONG;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
        };
    }
}
