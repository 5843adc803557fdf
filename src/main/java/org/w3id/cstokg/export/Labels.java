package org.w3id.cstokg.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Picks one display label for a resource: English first, then untagged, then any; the first in order wins. */
final class Labels {
    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private Labels() {}

    /** The label of a resource, else the local name of its IRI. */
    static String of(Graph graph, Node resource) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> label = best(graph, resource, p);
            if (label.isPresent()) {
                return label.get();
            }
        }
        return AttributeNames.localName(resource);
    }

    private static Optional<String> best(Graph graph, Node resource, Node property) {
        return graph.stream(resource, property, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .min(Comparator.comparingInt(Labels::rank).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    private static int rank(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (lang.equalsIgnoreCase("en")) {
            return 0;
        }
        return lang.isEmpty() ? 1 : 2 + (lang.toLowerCase().startsWith("en-") ? 0 : 1);
    }
}
