package org.w3id.cstokg.facts;

import java.util.List;

/** A reviewed number in the article that states no fact of its own. */
public record AuditNote(int paragraph, String text, String reason, Location at) {

    /** The YAML keys of an audit entry. */
    public static final List<String> KEYS = List.of("para", "text", "reason");
}
