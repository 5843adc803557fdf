package org.w3id.cstokg.export;

import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes a {@link PropertyGraph} as GraphML through jgrapht-io, with its {@link Drawing} as the node
 * keys Gephi's GraphML importer reads: {@code x}, {@code y} (upwards, as Gephi's axis), {@code size},
 * and {@code r}, {@code g}, {@code b}; plus {@code color} ({@code #rrggbb}) for tools that map a
 * column to a colour (Cytoscape, yEd's Properties Mapper). Node labels use jgrapht's label key
 * named {@code label}; edges never reuse a node key name, because jgrapht keeps one key per name
 * and a second registration silently replaces the first.
 */
public final class GraphMLWriter {
    private GraphMLWriter() {}

    public static void write(PropertyGraph pg, Writer out) {
        write(pg, Drawing.of(pg), out);
    }

    /** Writes {@code pg} with the looks of {@code drawing}. */
    public static void write(PropertyGraph pg, Drawing drawing, Writer out) {
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
        for (String axis : new String[] {"x", "y", "size"}) {
            exporter.registerAttribute(axis, AttributeCategory.NODE, org.jgrapht.nio.AttributeType.DOUBLE);
        }
        for (String channel : new String[] {"r", "g", "b"}) {
            exporter.registerAttribute(channel, AttributeCategory.NODE, org.jgrapht.nio.AttributeType.INT);
        }
        exporter.registerAttribute("color", AttributeCategory.NODE, org.jgrapht.nio.AttributeType.STRING);
        exporter.registerAttribute(PropertyGraph.RELATION, AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
        exporter.registerAttribute(PropertyGraph.PROPERTY, AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
        exporter.setVertexAttributeProvider(withLook(view.nodeAttributes(), drawing));
        exporter.setEdgeAttributeProvider(view.edgeAttributes());
        exporter.exportGraph(view.graph, out);
    }

    private static Function<String, Map<String, Attribute>> withLook(Function<String, Map<String, Attribute>> data,
                                                                     Drawing drawing) {
        return id -> {
            Map<String, Attribute> attributes = data.apply(id);
            Drawing.Look look = drawing.look(id);
            int[] rgb = look.group().rgb();
            attributes.put("x", DefaultAttribute.createAttribute((double) look.x()));
            attributes.put("y", DefaultAttribute.createAttribute((double) -look.y()));
            attributes.put("size", DefaultAttribute.createAttribute((double) look.size()));
            attributes.put("r", DefaultAttribute.createAttribute(rgb[0]));
            attributes.put("g", DefaultAttribute.createAttribute(rgb[1]));
            attributes.put("b", DefaultAttribute.createAttribute(rgb[2]));
            attributes.put("color", DefaultAttribute.createAttribute(look.group().colour()));
            return attributes;
        };
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
