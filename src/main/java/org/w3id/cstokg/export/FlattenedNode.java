package org.w3id.cstokg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.Wikidata;

/**
 * One node with its parts flattened ({@code docs/explorers.md}, rules 3 to 5): its attribute values
 * by property path, the links its parts and citations make to other nodes (a count's
 * {@code includesType}, a citation's {@code citesOutlet}), and what its citations cite.
 */
final class FlattenedNode {
    private static final int MAX_PART_DEPTH = 4;

    private final Graph data;
    private final Set<Node> nodes;
    /** Values by property path; each path's values by their text, sorted. */
    final Map<List<Node>, TreeMap<String, Node>> values = new LinkedHashMap<>();
    /** Triples from this node to other nodes made through its parts and citations. */
    final Set<Triple> links = new LinkedHashSet<>();
    private final Set<Node> parts = new LinkedHashSet<>();
    private final Set<String> outlets = new TreeSet<>();
    private final Set<String> dates = new TreeSet<>();

    private FlattenedNode(Graph data, Set<Node> nodes) {
        this.data = data;
        this.nodes = nodes;
    }

    /** Reads {@code node} from {@code data}, where {@code nodes} are all the nodes of the view. */
    static FlattenedNode of(Graph data, Node node, Set<Node> nodes) {
        FlattenedNode flat = new FlattenedNode(data, nodes);
        data.stream(node, Node.ANY, Node.ANY)
                .filter(t -> !NodeRules.isEdge(t, nodes) && !isFixed(t))
                .forEach(t -> flat.read(node, List.of(t.getPredicate()), t.getObject(), 0));
        return flat;
    }

    /** Triples that fill the fixed columns (type, label, wikidata) rather than attributes. */
    private static boolean isFixed(Triple t) {
        Node p = t.getPredicate();
        return p.equals(RDF.type.asNode()) || p.equals(RDFS.label.asNode())
                || (p.equals(OWL.sameAs.asNode()) && t.getObject().isURI()
                    && Wikidata.isEntity(t.getObject().getURI()));
    }

    private void read(Node owner, List<Node> path, Node value, int depth) {
        Node property = path.get(path.size() - 1);
        if (NodeRules.isEvidence(data, value)) {
            return;
        }
        if (NodeRules.isCitation(data, value)) {
            cite(owner, value);
        } else if (depth > 0 && nodes.contains(value) && NodeRules.isEdgeProperty(property)) {
            links.add(Triple.create(owner, property, value));
        } else if (NodeRules.isPart(data, value)) {
            if (depth < MAX_PART_DEPTH) {
                data.stream(value, Node.ANY, Node.ANY)
                        .filter(t -> !t.getPredicate().equals(RDF.type.asNode())
                                && !NodeRules.PART_NOISE.contains(t.getPredicate()))
                        .forEach(t -> read(owner, append(path, t.getPredicate()), t.getObject(), depth + 1));
            }
        } else {
            String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.getURI();
            values.computeIfAbsent(path, k -> new TreeMap<>()).putIfAbsent(text, value);
        }
    }

    private void cite(Node owner, Node citation) {
        data.stream(citation, KG.inPart.asNode(), Node.ANY).map(Triple::getObject).filter(Node::isURI).forEach(parts::add);
        data.stream(citation, KG.citedDate.asNode(), Node.ANY).map(Triple::getObject).filter(Node::isLiteral)
                .forEach(d -> dates.add(d.getLiteralLexicalForm()));
        data.stream(citation, KG.citesOutlet.asNode(), Node.ANY).map(Triple::getObject).filter(Node::isURI)
                .forEach(outlet -> {
                    outlets.add(outlet.getURI());
                    if (nodes.contains(outlet)) {
                        links.add(Triple.create(owner, KG.citesOutlet.asNode(), outlet));
                    }
                });
    }

    /** What the node's citations cite; parts named by paragraph number where they have one. */
    Sources sources() {
        Map<Node, Integer> numbers = new LinkedHashMap<>();
        for (Node part : parts) {
            data.stream(part, KG.paragraphNumber.asNode(), Node.ANY).map(Triple::getObject)
                    .filter(o -> o.isLiteral() && o.getLiteralValue() instanceof Number)
                    .findFirst().ifPresent(o -> numbers.put(part, ((Number) o.getLiteralValue()).intValue()));
        }
        List<Node> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparing((Node p) -> numbers.getOrDefault(p, Integer.MAX_VALUE))
                .thenComparing(Node::getURI));
        Map<String, String> named = new LinkedHashMap<>();
        for (Node p : ordered) {
            named.put(p.getURI(), numbers.containsKey(p) ? numbers.get(p).toString() : AttributeNames.localName(p));
        }
        return new Sources(named, List.copyOf(outlets), List.copyOf(dates));
    }

    private static List<Node> append(List<Node> path, Node p) {
        List<Node> longer = new ArrayList<>(path);
        longer.add(p);
        return List.copyOf(longer);
    }
}
