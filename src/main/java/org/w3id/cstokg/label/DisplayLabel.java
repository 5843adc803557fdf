package org.w3id.cstokg.label;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The one rule for the label a resource is shown by, in the exports, the explorer and the Linked
 * Data pages alike: the first of rdfs:label, skos:prefLabel and dcterms:title that has a literal
 * value; of its values, English ({@code en}) first, then regional English ({@code en-GB}), then
 * no language tag, then any other language; of equals, the lexically smallest, so that the choice
 * never depends on the order a store returns triples in.
 * <p>Usage: {@code DisplayLabel.of(graph, node).orElse(fallback)}
 */
public final class DisplayLabel {
    /** The properties that hold a display label, the preferred first. */
    public static final List<Node> PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private static final Comparator<Node> PREFERRED =
            Comparator.comparingInt(DisplayLabel::languageRank).thenComparing(Node::getLiteralLexicalForm);

    private DisplayLabel() {}

    /** The label of {@code resource} in {@code graph}, or empty when it has none of {@link #PROPERTIES} with a literal value. */
    public static Optional<String> of(Graph graph, Node resource) {
        for (Node property : PROPERTIES) {
            Optional<Node> best = graph.stream(resource, property, Node.ANY)
                    .map(Triple::getObject).filter(Node::isLiteral).min(PREFERRED);
            if (best.isPresent())
                return best.map(Node::getLiteralLexicalForm);
        }
        return Optional.empty();
    }

    /** 0 for English, 1 for regional English, 2 for no language tag, 3 for any other language. */
    private static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        if (lang.equals("en"))
            return 0;
        if (lang.startsWith("en-"))
            return 1;
        return lang.isEmpty() ? 2 : 3;
    }
}
