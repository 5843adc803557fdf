package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * A section of a fact file whose items are facts of declared kinds, as the ontology declares it
 * ({@code kg:FactSection} in ontology/fact-format.ttl): its key at the top of a fact file, the key
 * that names an item's kind, what an item is called in messages, which time its items carry, and its
 * place among the sections. Sections, kinds and keys are all data; only the value shapes, the time
 * shapes among them, are Java.
 *
 * @param key     the section's key at the top of a fact file, such as {@code events}; also the value
 *                of {@code kg:factSection} on its kinds
 * @param kindKey the key whose value names an item's kind, such as {@code type}; empty if the section has one kind
 * @param item    what one item is called in messages, such as "event"; also its JSON Schema definition's name
 * @param time    the time keys its items carry
 * @param order   its place among the sections of a file (documentation, messages and the order of facts)
 */
public record Section(String key, Optional<String> kindKey, String item, TimeShape time, int order)
        implements Comparable<Section> {

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

    @Override
    public int compareTo(Section other) {
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : key.compareTo(other.key);
    }
}
