package org.w3id.cstokg.explore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.PropertyGraphBuilder;
import org.w3id.cstokg.vocab.KG;

/**
 * What the explorer shows: the property graph of the dataset (the one the Cytoscape export
 * writes), each node's colour group and citations, and positions for the whole graph, all
 * computed once. Usage: {@code GraphView view = GraphView.of(dataset); view.neighbourhoodJson(iri)}.
 */
public final class GraphView {
    private final PropertyGraph graph;
    private final Map<String, PropertyGraph.Node> byIri;
    private final Map<String, NodeGroup> groups;
    private final Map<String, Integer> paragraphNumbers;
    private final byte[] wholeJson;

    private GraphView(PropertyGraph graph, Map<String, NodeGroup> groups, Map<String, Integer> paragraphNumbers) {
        this.graph = graph;
        this.byIri = graph.nodes().stream().collect(Collectors.toMap(PropertyGraph.Node::iri, Function.identity()));
        this.groups = Map.copyOf(groups);
        this.paragraphNumbers = Map.copyOf(paragraphNumbers);
        this.wholeJson = new ExplorerJson(this).write(graph, GraphLayout.of(graph), null);
    }

    /** Builds the view of {@code dataset} (read in one transaction); the default excluded graphs are left out. */
    public static GraphView of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            PropertyGraph pg = PropertyGraphBuilder.create(dataset).build();
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            Map<String, NodeGroup> groups = new HashMap<>();
            pg.nodes().forEach(n -> groups.put(n.id(), NodeGroup.of(union, NodeFactory.createURI(n.iri()))));
            Map<String, Integer> numbers = new HashMap<>();
            union.stream(Node.ANY, KG.paragraphNumber.asNode(), Node.ANY).map(Triple.class::cast)
                    .filter(t -> t.getSubject().isURI() && t.getObject().isLiteral()
                            && t.getObject().getLiteralValue() instanceof Number)
                    .forEach(t -> numbers.put(t.getSubject().getURI(),
                            ((Number) t.getObject().getLiteralValue()).intValue()));
            return new GraphView(pg, groups, numbers);
        });
    }

    /** The whole graph. */
    public PropertyGraph graph() {
        return graph;
    }

    /** The node with this IRI, if it is in the view. */
    public Optional<PropertyGraph.Node> node(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The whole graph as Cytoscape.js JSON with positions, groups and sources (see {@link ExplorerJson}). */
    public byte[] wholeJson() {
        return wholeJson.clone();
    }

    /** The node with this IRI, its direct neighbours (either direction) and the edges among them; empty if unknown. */
    public Optional<byte[]> neighbourhoodJson(String iri) {
        return node(iri).map(focus -> new ExplorerJson(this).write(neighbourhood(focus.id()), null, focus.id()));
    }

    PropertyGraph neighbourhood(String focusId) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(focusId);
        for (PropertyGraph.Edge e : graph.edges()) {
            if (e.source().equals(focusId)) ids.add(e.target());
            if (e.target().equals(focusId)) ids.add(e.source());
        }
        return new PropertyGraph(graph.nodes().stream().filter(n -> ids.contains(n.id())).toList(),
                graph.edges().stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList(),
                graph.columns());
    }

    /** The colour group of the node with this id. */
    public NodeGroup group(String nodeId) {
        return groups.getOrDefault(nodeId, NodeGroup.OTHER);
    }

    /** A short name for a cited IRI: {@code ¶12} for a paragraph, a node's label, else the IRI. */
    String citedName(String iri) {
        Integer number = paragraphNumbers.get(iri);
        if (number != null) return "¶" + number;
        PropertyGraph.Node node = byIri.get(iri);
        return node != null ? node.label() : iri;
    }

    /** Orders paragraph IRIs by their number. */
    Comparator<String> paragraphOrder() {
        return Comparator.comparing((String iri) -> paragraphNumbers.getOrDefault(iri, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
