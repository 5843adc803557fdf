package org.w3id.cstokg.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.label.DisplayLabel;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Wikidata;

/**
 * Builds the {@link PropertyGraph} of a dataset: the union of its named graphs less the
 * ontology, shapes, inferred and VoID graphs (labels of properties still come from all graphs).
 * Usage: {@code PropertyGraph pg = PropertyGraphBuilder.create(dataset).build();}
 */
public final class PropertyGraphBuilder {
    /** Joins the values of a multi-valued attribute, which GraphML and GEXF cannot hold as a list. */
    public static final String SEPARATOR = " | ";
    /** Graphs left out of the view by default: terms, constraints and derived triples are not facts. */
    public static final Set<String> DEFAULT_EXCLUDED =
            Set.of(Graphs.ONTOLOGY, Graphs.SHAPES, Graphs.INFERRED, Graphs.VOID);

    private final Dataset dataset;
    private Set<String> excluded = DEFAULT_EXCLUDED;

    private PropertyGraphBuilder(Dataset dataset) {
        this.dataset = dataset;
    }

    /** A builder over this dataset, excluding {@link #DEFAULT_EXCLUDED}. */
    public static PropertyGraphBuilder create(Dataset dataset) {
        return new PropertyGraphBuilder(java.util.Objects.requireNonNull(dataset, "dataset"));
    }

    /** Replaces the set of named graphs (IRIs) left out of the view. */
    public PropertyGraphBuilder excludeGraphs(Collection<String> graphIris) {
        this.excluded = Set.copyOf(graphIris);
        return this;
    }

    public PropertyGraph build() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph data = dataGraph(dsg);
        Graph all = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(all, dsg.getDefaultGraph());
        GraphUtil.addInto(all, dsg.getUnionGraph());

        List<Node> nodeIris = data.find().mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> NodeRules.isNode(data, s))
                .sorted(Comparator.comparing(Node::getURI)).toList();
        Set<Node> nodeSet = new HashSet<>(nodeIris);
        Map<Node, String> ids = new HashMap<>();
        nodeIris.forEach(n -> ids.put(n, "n" + (ids.size() + 1)));

        Map<Node, FlattenedNode> flat = new LinkedHashMap<>();
        nodeIris.forEach(n -> flat.put(n, FlattenedNode.of(data, n, nodeSet)));
        AttributeNames names = AttributeNames.of(
                flat.values().stream().flatMap(f -> f.values.keySet().stream()).toList(), prefixes(dsg));
        Columns columns = Columns.infer(flat.values().stream().map(f -> f.values).toList(), names);

        List<PropertyGraph.Node> nodes = nodeIris.stream()
                .map(n -> node(n, ids.get(n), data, all, flat.get(n), columns)).toList();
        return new PropertyGraph(nodes, edges(data, all, flat, ids), columns.types());
    }

    private Graph dataGraph(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!excluded.contains(g.getURI())) {
                GraphUtil.addInto(data, dsg.getGraph(g));
            }
        });
        return data;
    }

    private static PropertyGraph.Node node(Node iri, String id, Graph data, Graph all, FlattenedNode flat, Columns columns) {
        List<Node> types = data.stream(iri, RDF.type.asNode(), Node.ANY).map(Triple::getObject)
                .filter(c -> c.isURI() && !NodeRules.PART_CLASSES.contains(c)
                        && !NodeRules.DOCUMENT_PART_CLASSES.contains(c))
                .sorted(Comparator.comparing((Node c) -> !c.getURI().startsWith(org.w3id.cstokg.vocab.KG.NS))
                        .thenComparing(Node::getURI))
                .toList();
        String wikidata = data.stream(iri, OWL.sameAs.asNode(), Node.ANY).map(Triple::getObject)
                .filter(o -> o.isURI() && Wikidata.isEntity(o.getURI()))
                .map(Node::getURI).sorted().reduce((a, b) -> a + SEPARATOR + b).orElse(null);
        return new PropertyGraph.Node(id, iri.getURI(), label(data, iri), AttributeNames.localName(types.get(0)),
                wikidata, NodeGroup.of(all, iri), flat.sources(), columns.values(flat.values));
    }

    /** The display label of a node or property ({@link DisplayLabel}), else the last segment of its IRI. */
    private static String label(Graph graph, Node iri) {
        return DisplayLabel.of(graph, iri).orElseGet(() -> AttributeNames.localName(iri));
    }

    /** The nodes' own triples to other nodes, and the links their parts and citations make, each once. */
    private static List<PropertyGraph.Edge> edges(Graph data, Graph all, Map<Node, FlattenedNode> flat, Map<Node, String> ids) {
        Set<Triple> triples = new LinkedHashSet<>();
        flat.forEach((n, f) -> {
            data.stream(n, Node.ANY, Node.ANY).filter(t -> NodeRules.isEdge(t, ids.keySet())).forEach(triples::add);
            triples.addAll(f.links);
        });
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing((Triple t) -> t.getSubject().getURI())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().getURI()));
        List<PropertyGraph.Edge> edges = new ArrayList<>();
        for (Triple t : sorted) {
            edges.add(new PropertyGraph.Edge("e" + (edges.size() + 1), ids.get(t.getSubject()),
                    ids.get(t.getObject()), label(all, t.getPredicate()), t.getPredicate().getURI()));
        }
        return edges;
    }

    private static PrefixMapping prefixes(DatasetGraph dsg) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(RdfPrefixes.standard());
        dsg.prefixes().forEach(pm::setNsPrefix);
        return pm;
    }
}
