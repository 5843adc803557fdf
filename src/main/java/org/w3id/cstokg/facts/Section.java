package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * A section of a fact file whose items are facts of a declared kind: which key names the kind, what
 * the items are called in messages, and which time keys they take. Everything else about them, the
 * kinds, their keys, how an item without an {@code id} is named, is data (the ontology's
 * {@code kg:factSection}, {@code kg:factKind}, {@code kg:factKey}, …).
 */
public enum Section {
    ENTITIES("entities", Optional.of("type"), "entity", TimeShape.NONE),
    CONCEPTS("concepts", Optional.of("scheme"), "concept", TimeShape.NONE),
    MEMBERSHIPS("memberships", Optional.empty(), "membership", TimeShape.NONE),
    HOLDINGS("holdings", Optional.empty(), "holding", TimeShape.NONE),
    CONTINGENTS("contingents", Optional.empty(), "contingent", TimeShape.NONE),
    EVENTS("events", Optional.of("type"), "event", TimeShape.EVENT),
    STATEMENTS("statements", Optional.of("kind"), "statement", TimeShape.STATEMENT);

    /** Which time, if any, the items of a section carry (read by {@code TimeReader}, a value-shape reader). */
    public enum TimeShape {
        NONE(List.of()),
        /** An event's time: one of date, time, start, by, after or undated, and their qualifications. */
        EVENT(Time.KEYS),
        /** A statement's time: a date, or a time with its zone, or none. */
        STATEMENT(Time.STATEMENT_KEYS);

        private final List<String> keys;

        TimeShape(List<String> keys) { this.keys = keys; }

        /** The time keys an item takes. */
        public List<String> keys() { return keys; }
    }

    private final String key;
    private final Optional<String> kindKey;
    private final String item;
    private final TimeShape time;

    Section(String key, Optional<String> kindKey, String item, TimeShape time) {
        this.key = key;
        this.kindKey = kindKey;
        this.item = item;
        this.time = time;
    }

    /** The section's key at the top of a fact file, also its name in {@code kg:factSection}. */
    public String key() { return key; }

    /** The key whose value names an item's kind; empty if the section has one kind. */
    public Optional<String> kindKey() { return kindKey; }

    /** What one item is called in messages, such as "entity". */
    public String item() { return item; }

    /** The time keys items carry. */
    public TimeShape time() { return time; }

    public static Optional<Section> byKey(String key) {
        for (Section s : values()) if (s.key.equals(key)) return Optional.of(s);
        return Optional.empty();
    }
}
