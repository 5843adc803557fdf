package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of fact as the ontology declares it: the section it is written in, the value of its
 * section's kind key (such as {@code military-unit}), the class of its node, the keys it accepts
 * beyond those every fact has, and which reference targets a fact of this kind satisfies.
 */
public record Kind(Section section, String key, String classIri, List<FactKey> keys, Set<Target> satisfies) {

    public Kind {
        keys = List.copyOf(keys);
        satisfies = Set.copyOf(satisfies);
    }

    /** The declared key named {@code name}. */
    public Optional<FactKey> key(String name) {
        return keys.stream().filter(k -> k.key().equals(name)).findFirst();
    }

    /** How messages name a fact of this kind, such as "entity of type unit" or "contingent". */
    public String describe() {
        return section.kindKey().map(k -> section.item() + " of " + k + " " + key).orElse(section.item());
    }
}
