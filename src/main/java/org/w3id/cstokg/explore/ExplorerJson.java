package org.w3id.cstokg.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import org.w3id.cstokg.export.CytoscapeJsonWriter;
import org.w3id.cstokg.export.NodeGroup;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.Sources;
import org.w3id.cstokg.vocab.Ids;

/**
 * The explorer's JSON: the Cytoscape.js JSON of {@link CytoscapeJsonWriter} (with the whole graph's
 * positions, sizes and colours), each node's data extended by {@code page} (the relative link to its
 * Linked Data page), {@code properties} and {@code sources}, and at the top {@code groups} (legend
 * with colours and counts), {@code focus}, {@code nodeCount}, {@code edgeCount}. A neighbourhood
 * has no positions: the page lays it out in rings around its focus.
 */
final class ExplorerJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphView view;

    ExplorerJson(GraphView view) {
        this.view = view;
    }

    /** The JSON bytes of {@code pg}, the whole graph when {@code focusId} is null, else a neighbourhood. */
    byte[] write(PropertyGraph pg, String focusId) {
        StringWriter cyjs = new StringWriter();
        CytoscapeJsonWriter.write(pg, view.drawing(), cyjs);
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(cyjs.toString());
            Map<String, PropertyGraph.Node> nodes = new java.util.HashMap<>();
            pg.nodes().forEach(n -> nodes.put(n.id(), n));
            Map<NodeGroup, Integer> counts = new EnumMap<>(NodeGroup.class);
            for (JsonNode element : root.path("elements").path("nodes")) {
                PropertyGraph.Node node = nodes.get(element.path("data").path("id").asText());
                decorate((ObjectNode) element, node);
                if (focusId != null) ((ObjectNode) element).remove("position");
                counts.merge(node.group(), 1, Integer::sum);
            }
            ArrayNode legend = root.putArray("groups");
            counts.forEach((group, count) -> legend.addObject().put("key", group.key()).put("label", group.label())
                    .put("colour", group.colour()).put("count", count));
            if (focusId != null) root.put("focus", focusId);
            root.put("nodeCount", pg.nodes().size());
            root.put("edgeCount", pg.edges().size());
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot re-read our own Cytoscape JSON: " + e.getMessage(), e);
        }
    }

    private void decorate(ObjectNode element, PropertyGraph.Node node) {
        ObjectNode data = (ObjectNode) element.path("data");
        String page = page(node.iri());
        if (page != null) data.put("page", page);
        ArrayNode properties = data.putArray("properties");
        node.attributes().forEach((column, value) -> {
            if (!isDerivation(column)) {
                properties.addObject().put("name", column).put("value", value);
            }
        });
        Sources sources = node.sources();
        ObjectNode out = data.putObject("sources");
        ArrayNode paragraphs = out.putArray("paragraphs");
        sources.parts().forEach((iri, name) -> link(paragraphs, iri, name.matches("\\d+") ? "¶" + name : name));
        ArrayNode outlets = out.putArray("outlets");
        sources.outlets().forEach(iri -> link(outlets, iri, view.citedName(iri)));
        sources.dates().forEach(out.putArray("dates")::add);
    }

    private static void link(ArrayNode into, String iri, String name) {
        ObjectNode link = into.addObject().put("name", name).put("iri", iri);
        String page = page(iri);
        if (page != null) link.put("page", page);
    }

    /** Every fact derives from the article: as a property it would only repeat the article's IRI. */
    private static boolean isDerivation(String column) {
        return column.equals("wasDerivedFrom") || column.endsWith(".wasDerivedFrom");
    }

    /** The link to a resource's Linked Data page, relative to {@code /explore}; null for a foreign IRI. */
    static String page(String iri) {
        return iri.startsWith(Ids.NS) ? "id/" + iri.substring(Ids.NS.length()) : null;
    }
}
