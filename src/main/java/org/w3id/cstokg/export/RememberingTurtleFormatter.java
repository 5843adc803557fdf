package org.w3id.cstokg.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Jena's Turtle node formatter that remembers how it wrote each IRI and blank node, so a dump's
 * Turtle and TriG segments look up a name they wrote before instead of abbreviating it against
 * the prefixes again (most of the time the Turtle writers took in a large build). Literals are
 * formatted each time. The output is Jena's, character for character. Holds at most
 * {@value #LIMIT} names and starts again when full; not thread-safe.
 */
final class RememberingTurtleFormatter extends NodeFormatterTTL {
    static final int LIMIT = 1 << 16;
    private final Map<Node, String> written = new HashMap<>();
    private final LineBuffer scratch = new LineBuffer();

    RememberingTurtleFormatter(PrefixMap prefixes, NodeToLabel labels) {
        super(null, prefixes, labels);
    }

    @Override
    public void format(AWriter w, Node node) {
        if (!node.isURI() && !node.isBlank()) {
            super.format(w, node);
            return;
        }
        String text = written.get(node);
        if (text == null) {
            scratch.clear();
            super.format(scratch, node);
            text = scratch.toString();
            if (written.size() >= LIMIT) written.clear();
            written.put(node, text);
        }
        w.print(text);
    }
}
