package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of fact as the ontology declares it: the section it is written in, the value of its
 * section's kind key (such as {@code military-unit}), the class of its node, the keys it accepts
 * beyond those every fact has, which reference targets a fact of this kind satisfies, and how it is
 * named when it has no {@code id} or {@code name} of its own.
 *
 * @param scheme    the concept scheme its facts belong to, when the kind is one ({@code skos:inScheme})
 * @param naming    how a fact without {@code id} or {@code name} is named ({@link Naming#GIVEN}: it has both)
 * @param required  the keys a fact must have, each group met by any one of its keys
 * @param shortcuts triples made from two of its keys besides the fact's own node
 */
public record Kind(Section section, String key, String classIri, List<FactKey> keys, Set<Target> satisfies,
        Optional<String> scheme, Naming naming, List<Required> required, List<Shortcut> shortcuts) {

    public Kind {
        keys = List.copyOf(keys);
        satisfies = Set.copyOf(satisfies);
        required = List.copyOf(required);
        shortcuts = List.copyOf(shortcuts);
    }

    /**
     * How a fact is named: given ({@code id} and {@code name} keys) unless the kind declares a
     * template. A template names keys in braces, {@code {member}-member-of-{organization}}, and
     * may hold optional parts in brackets, {@code Quotation[ by {by}]}, left out when a key in them
     * is absent ({@link Template}).
     *
     * @param id    the template of the identifier (then the fact has no {@code id} key)
     * @param label the template of the label (then the fact has no {@code name} key)
     */
    public record Naming(Optional<String> id, Optional<String> label) {
        public static final Naming GIVEN = new Naming(Optional.empty(), Optional.empty());
    }

    /**
     * A group of keys of which a fact must have one.
     *
     * @param ofEveryKind whether every kind of the section requires it (else only some kinds do)
     */
    public record Required(List<String> keys, boolean ofEveryKind) {
        public Required { keys = List.copyOf(keys); }
    }

    /**
     * A triple {@code <from> property <to>} made for every value of the key {@code from} and of the
     * key {@code to}, such as {@code <member> org:memberOf <organization>}.
     */
    public record Shortcut(String property, String from, String to) {}

    /** The declared key named {@code name}. */
    public Optional<FactKey> key(String name) {
        return keys.stream().filter(k -> k.key().equals(name)).findFirst();
    }

    /** Whether its facts carry an {@code id} key (else the identifier is made from a template). */
    public boolean hasIdKey() { return naming.id().isEmpty(); }

    /** Whether its facts carry a {@code name} key (else the label is made from a template). */
    public boolean hasNameKey() { return naming.label().isEmpty(); }

    /**
     * The identifier a fact's node and citations are made under: its {@code id}, or for a concept
     * {@code <scheme key>/<id>}, the node {@code id/unit-type/airborne}.
     */
    public String nodeId(String id) { return scheme.isPresent() ? key + "/" + id : id; }

    /** How messages name a fact of this kind, such as "entity of type unit" or "contingent". */
    public String describe() {
        return section.kindKey().map(k -> section.item() + " of " + k + " " + key).orElse(section.item());
    }
}
