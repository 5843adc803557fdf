package org.w3id.cstokg.facts;

import java.util.List;

/** An entry of a code list (unit, site or vehicle types). */
public record Concept(String id, Scheme scheme, String name, List<String> aliases, List<Citation> cites, ValueCites valueCites, Location at) {

    /** The YAML keys of a concept. */
    public static final List<String> KEYS = List.of("id", "scheme", "name", "aliases", "cite");
}
