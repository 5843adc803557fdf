package org.w3id.cstokg.validate;

import java.util.Optional;
import org.w3id.cstokg.facts.Location;

/**
 * One way the graph breaks a rule: which check found it ({@code shacl}, {@code qc/FILE.rq}, ...),
 * the focus node and path, the message, and the fact-file place the focus node came from, if known.
 */
public record Violation(String check, String focusNode, String path, String message, Optional<Location> source) {

    @Override
    public String toString() {
        String where = source.map(l -> l + ": ").orElse("");
        String focus = focusNode.isEmpty() ? "" : " <" + focusNode + ">" + (path.isEmpty() ? "" : " " + path);
        return where + "[" + check + "]" + focus + ": " + message;
    }
}
