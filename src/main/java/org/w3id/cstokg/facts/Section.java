package org.w3id.cstokg.facts;

import java.util.Optional;

/**
 * A section of a fact file whose items are facts of a declared kind: which key names the kind,
 * and what the items are called in messages. The kinds and their keys are data (the ontology's
 * {@code kg:factSection}, {@code kg:factKind}, {@code kg:factKey}).
 */
public enum Section {
    ENTITIES("entities", Optional.of("type"), "entity"),
    CONTINGENTS("contingents", Optional.empty(), "contingent"),
    EVENTS("events", Optional.of("type"), "event");

    private final String key;
    private final Optional<String> kindKey;
    private final String item;

    Section(String key, Optional<String> kindKey, String item) {
        this.key = key;
        this.kindKey = kindKey;
        this.item = item;
    }

    /** The section's key at the top of a fact file, also its name in {@code kg:factSection}. */
    public String key() { return key; }

    /** The key whose value names an item's kind; empty if the section has one kind. */
    public Optional<String> kindKey() { return kindKey; }

    /** What one item is called in messages, such as "entity". */
    public String item() { return item; }

    /** Whether items carry the time keys of an event. */
    public boolean timed() { return this == EVENTS; }

    public static Optional<Section> byKey(String key) {
        for (Section s : values()) if (s.key.equals(key)) return Optional.of(s);
        return Optional.empty();
    }
}
