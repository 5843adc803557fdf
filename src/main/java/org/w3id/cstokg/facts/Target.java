package org.w3id.cstokg.facts;

/** What a reference must point to; the reference checker enforces it across all fact files. */
public enum Target {
    /** Any entity, contingent, event or statement (not a concept). */
    ANY("an entity, contingent, event or statement"),
    OUTLET("an entity of type outlet"),
    POST("an entity of type post"),
    EVENT("an event"),
    STATEMENT("a statement"),
    UNIT_TYPE("a concept of scheme unit-type"),
    SITE_TYPE("a concept of scheme site-type"),
    VEHICLE_TYPE("a concept of scheme vehicle-type"),
    CONCEPT("a concept");

    private final String description;

    Target(String description) { this.description = description; }

    /** Words for messages, such as "an entity of type outlet". */
    public String description() { return description; }
}
