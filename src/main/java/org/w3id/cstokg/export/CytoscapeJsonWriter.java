package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link PropertyGraph} as Cytoscape.js JSON, {@code {"elements":{"nodes":[{"data":…,"position":…}],"edges":[…]}}},
 * which Cytoscape desktop imports as "cyjs". Typed columns are JSON numbers and booleans. Each node
 * carries its {@link Drawing}: {@code position} (Cytoscape's own, y downwards), and in its data
 * {@code color} ({@code #rrggbb}) and {@code size}, for a style to map.
 */
public final class CytoscapeJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CytoscapeJsonWriter() {}

    public static void write(PropertyGraph pg, Writer out) {
        write(pg, Drawing.of(pg), out);
    }

    /** Writes {@code pg} with the looks of {@code drawing}, which may be that of a larger graph holding it. */
    public static void write(PropertyGraph pg, Drawing drawing, Writer out) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (PropertyGraph.Node n : pg.nodes()) {
            ObjectNode element = nodes.addObject();
            ObjectNode data = element.putObject("data");
            data.put("id", n.id());
            n.data().forEach((k, v) -> put(data, k, v, pg.columns().getOrDefault(k, AttributeType.STRING)));
            Drawing.Look look = drawing.look(n.id());
            data.put("color", look.group().colour());
            data.put("size", look.size());
            element.putObject("position").put("x", look.x()).put("y", look.y());
        }
        ArrayNode edges = elements.putArray("edges");
        for (PropertyGraph.Edge e : pg.edges()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            e.data().forEach(data::put);
        }
        try {
            JSON.writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void put(ObjectNode data, String key, String value, AttributeType type) {
        switch (type) {
            case LONG -> data.put(key, Long.parseLong(value));
            case DOUBLE -> data.put(key, Double.parseDouble(value));
            case BOOLEAN -> data.put(key, Boolean.parseBoolean(value));
            case STRING -> data.put(key, value);
        }
    }

}
