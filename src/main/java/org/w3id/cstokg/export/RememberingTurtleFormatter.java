package org.w3id.cstokg.export;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Jena's Turtle node formatter that remembers how it wrote each IRI and blank node, so a dump's
 * Turtle and TriG segments look up a name they wrote before instead of abbreviating it against
 * the prefixes again (most of the time the Turtle writers took in a large build). Literals are
 * formatted each time. The output is Jena's, character for character: blank nodes get the labels
 * Jena's round-trip labeller derives from the node itself, so forgetting them (with the names, at
 * {@value BoundedMemo#LIMIT}) changes nothing. Not thread-safe.
 */
final class RememberingTurtleFormatter extends NodeFormatterTTL {
    private final PrefixMap prefixes;
    private final BoundedMemo<Node, String> written;
    private final LineBuffer scratch = new LineBuffer();

    /** A formatter with the prefixes {@code prefixes} and the store's own blank node labels. */
    static RememberingTurtleFormatter of(PrefixMap prefixes) {
        return new RememberingTurtleFormatter(prefixes, NodeToLabel.createBNodeByLabelEncoded());
    }

    private RememberingTurtleFormatter(PrefixMap prefixes, NodeToLabel labels) {
        super(null, prefixes, labels);
        this.prefixes = prefixes;
        this.written = new BoundedMemo<>(labels::clear);
    }

    /** The prefixes it abbreviates with. */
    PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public void format(AWriter w, Node node) {
        if (node.isURI() || node.isBlank()) {
            w.print(written.get(node, this::formatted));
        } else {
            super.format(w, node);
        }
    }

    private String formatted(Node node) {
        scratch.clear();
        super.format(scratch, node);
        return scratch.toString();
    }
}
