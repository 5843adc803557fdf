package org.w3id.cstokg.facts;

/**
 * What a reference must point to: facts of a class or concept scheme that the ontology names
 * ({@code kg:factRefersTo}), or {@link #ANY} fact; the reference checker enforces it across all
 * fact files. Which kinds satisfy which target follows from the ontology's class hierarchy.
 *
 * @param iri         the class or concept scheme; empty for {@link #ANY}
 * @param description words for messages, such as "an entity of type outlet"
 */
public record Target(String iri, String description) {
    /** Any entity, contingent, event or statement (not a concept). */
    public static final Target ANY = new Target("", "an entity, contingent, event or statement");
}
