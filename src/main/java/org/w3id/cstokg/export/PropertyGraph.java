package org.w3id.cstokg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The property-graph view of the knowledge graph, built once by {@link PropertyGraphBuilder} and
 * written unchanged by every property-graph writer, so GraphML, GEXF and Cytoscape JSON agree.
 * Column names and the rules that choose nodes are in {@code docs/explorers.md}.
 *
 * @param nodes the nodes, ordered by IRI
 * @param edges the edges, ordered by source IRI, property IRI, target IRI
 * @param columns every node column with its type, in output order: the fixed ones, then attributes
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges, Map<String, AttributeType> columns) {
    /** Node column: the display name (Cytoscape reads {@code name}). */
    public static final String NAME = "name";
    /** Node column: the display label (Gephi reads {@code label}). */
    public static final String LABEL = "label";
    /** Node column: the local name of the node's class. */
    public static final String TYPE = "type";
    /** Node column: the key of the node's colour group ({@link NodeGroup#key()}). */
    public static final String GROUP = "group";
    /** Node column: the cited document parts' short names ({@code 8 | 12}), from {@link Sources#parts()}. */
    public static final String PARAGRAPHS = "paragraphs";
    /** Node column: the dates the article gives for the outlets it cites, from {@link Sources#dates()}. */
    public static final String CITED_DATES = "citedDates";
    /** Node column: the node's IRI. */
    public static final String IRI = "iri";
    /** Node column: the Wikidata entity IRI the node is {@code owl:sameAs}, if any. */
    public static final String WIKIDATA = "wikidata";
    /** Edge column: the property's label. A different key from the node label: see GraphMLWriter. */
    public static final String RELATION = "relation";
    /** Edge column: the property's IRI. */
    public static final String PROPERTY = "property";

    /** Column names a node attribute may not take. */
    public static final List<String> RESERVED = List.of("id", NAME, LABEL, TYPE, GROUP, IRI, WIKIDATA,
            PARAGRAPHS, CITED_DATES, RELATION, PROPERTY, "source", "target", "x", "y", "size", "r", "g", "b", "color");

    /** The fixed node columns, in output order, before the attributes. */
    public static final List<String> FIXED = List.of(NAME, LABEL, TYPE, GROUP, IRI, WIKIDATA, PARAGRAPHS, CITED_DATES);

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Whether the graph has no nodes (and so no edges). */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /**
     * A node: an entity, event or n-ary fact.
     *
     * @param id a short identifier valid as an XML NMTOKEN ({@code n1}, {@code n2}, …)
     * @param wikidata the Wikidata IRI, or null
     * @param group the colour group
     * @param sources what its facts cite
     * @param attributes literal and flattened values by column name; several values joined by
     *     {@link PropertyGraphBuilder#SEPARATOR}
     */
    public record Node(String id, String iri, String label, String type, String wikidata, NodeGroup group,
                       Sources sources, Map<String, String> attributes) {
        public Node {
            Objects.requireNonNull(id);
            Objects.requireNonNull(iri);
            Objects.requireNonNull(label);
            Objects.requireNonNull(type);
            Objects.requireNonNull(group);
            Objects.requireNonNull(sources);
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** Every column with a value, fixed columns first: what each writer writes for the node. */
        public Map<String, String> data() {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(NAME, label);
            data.put(LABEL, label);
            data.put(TYPE, type);
            data.put(GROUP, group.key());
            data.put(IRI, iri);
            if (wikidata != null) {
                data.put(WIKIDATA, wikidata);
            }
            if (!sources.parts().isEmpty()) {
                data.put(PARAGRAPHS, String.join(PropertyGraphBuilder.SEPARATOR, sources.parts().values()));
            }
            if (!sources.dates().isEmpty()) {
                data.put(CITED_DATES, String.join(PropertyGraphBuilder.SEPARATOR, sources.dates()));
            }
            data.putAll(attributes);
            return data;
        }
    }

    /**
     * An edge: one object-property triple between two nodes, or from a node to a node its part
     * points at (a count's {@code includesType}) or its citation cites ({@code citesOutlet}).
     *
     * @param id {@code e1}, {@code e2}, …
     * @param source the source node's id
     * @param target the target node's id
     * @param relation the property's label
     * @param property the property's IRI
     */
    public record Edge(String id, String source, String target, String relation, String property) {
        /** The edge's columns: what each writer writes for the edge besides id, source and target. */
        public Map<String, String> data() {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(RELATION, relation);
            data.put(PROPERTY, property);
            return data;
        }
    }
}
