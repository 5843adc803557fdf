package org.w3id.cstokg.explore;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.export.Drawing;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.PropertyGraphBuilder;

/**
 * What the explorer shows: the property graph of the dataset (the one the Cytoscape export
 * writes) and its {@link Drawing} (positions, sizes and colours), computed once.
 * Usage: {@code GraphView view = GraphView.of(dataset); view.neighbourhoodJson(iri)}.
 */
public final class GraphView {
    private final PropertyGraph graph;
    private final Drawing drawing;
    private final Map<String, PropertyGraph.Node> byIri;
    private final byte[] wholeJson;

    private GraphView(PropertyGraph graph) {
        this.graph = graph;
        this.drawing = Drawing.of(graph);
        this.byIri = graph.nodes().stream().collect(Collectors.toMap(PropertyGraph.Node::iri, Function.identity()));
        this.wholeJson = new ExplorerJson(this).write(graph, null);
    }

    /** Builds the view of {@code dataset} (read in one transaction); the default excluded graphs are left out. */
    public static GraphView of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new GraphView(PropertyGraphBuilder.create(dataset).build()));
    }

    /** The whole graph. */
    public PropertyGraph graph() {
        return graph;
    }

    /** How the whole graph is drawn; a neighbourhood keeps its nodes' sizes and colours. */
    Drawing drawing() {
        return drawing;
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
        return node(iri).map(focus -> new ExplorerJson(this).write(neighbourhood(focus.id()), focus.id()));
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

    /** A short name for a cited IRI: a node's label, else the IRI. */
    String citedName(String iri) {
        PropertyGraph.Node node = byIri.get(iri);
        return node != null ? node.label() : iri;
    }
}
