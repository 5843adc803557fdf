package org.w3id.cstokg.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codes a fact carries in the codebooks of the event datasets: for an event its CAMEO event
 * code and ACLED sub-event type (slug), for an actor its CAMEO actor code and ACLED actor type
 * (the inter code). Keys {@code cameo} and {@code acled}.
 */
public record Codes(Optional<String> cameo, Optional<String> acled) {
    /** No code. */
    public static final Codes NONE = new Codes(Optional.empty(), Optional.empty());
    /** The YAML keys. */
    public static final List<String> KEYS = List.of("acled", "cameo");
    /** The entity types that are actors, and so may carry actor codes. */
    public static final Set<EntityType> ACTOR_TYPES = EnumSet.of(EntityType.PERSON, EntityType.STATE,
            EntityType.ORGANIZATION, EntityType.UNIT, EntityType.MILITARY_UNIT);
}
