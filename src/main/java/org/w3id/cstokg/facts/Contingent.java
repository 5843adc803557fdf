package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The troops one state contributed to a mission. */
public record Contingent(String id, String name, Map<Link, List<Ref>> links, Optional<Quantity> troops,
        List<String> describedAs, Codes codes, List<Citation> cites, Location at) {

    /** The links a contingent has. */
    public static final List<Link> LINKS = List.of(Link.STATE, Link.MISSION, Link.UNIT_TYPES);
    /** The other YAML keys of a contingent. */
    public static final List<String> OTHER_KEYS = List.of("id", "name", "troops", "describedAs", "cite");
}
