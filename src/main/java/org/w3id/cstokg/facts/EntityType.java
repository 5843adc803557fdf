package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code type} of an entity, with the links and counts that type allows. */
public enum EntityType {
    PERSON("person", Set.of(), Set.of()),
    STATE("state", Set.of(), Set.of()),
    ORGANIZATION("organization", Set.of(Link.PART_OF, Link.OF_STATE, Link.LOCATED_IN), Set.of()),
    UNIT("unit", Set.of(Link.PART_OF, Link.OF_STATE, Link.LOCATED_IN, Link.HOSTED_BY, Link.LIAISED_WITH),
            Set.of(Count.MEMBER_COUNT)),
    MILITARY_UNIT("military-unit", Set.of(Link.PART_OF, Link.OF_STATE, Link.BASED_IN, Link.SUBORDINATED_TO),
            Set.of(Count.TROOPS)),
    OUTLET("outlet", Set.of(), Set.of()),
    POST("post", Set.of(Link.POST_IN), Set.of()),
    CITY("city", Set.of(Link.LOCATED_IN), Set.of()),
    REGION("region", Set.of(Link.LOCATED_IN), Set.of()),
    AIRFIELD("airfield", Set.of(Link.LOCATED_IN), Set.of()),
    AIRPORT("airport", Set.of(Link.LOCATED_IN), Set.of()),
    TREATY("treaty", Set.of(), Set.of()),
    TREATY_ARTICLE("treaty-article", Set.of(Link.PART_OF), Set.of());

    /** Keys every entity may have. */
    public static final List<String> COMMON_KEYS = List.of("id", "type", "name", "aliases", "description", "cite");
    /** The key only treaty articles have. */
    public static final String NUMBER_KEY = "number";

    private final String key;
    private final Set<Link> links;
    private final Set<Count> counts;

    EntityType(String key, Set<Link> links, Set<Count> counts) {
        this.key = key;
        this.links = links;
        this.counts = counts;
    }

    /** The value of {@code type:} in YAML. */
    public String key() { return key; }

    public Set<Link> links() { return links; }

    public Set<Count> counts() { return counts; }

    public static Optional<EntityType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
