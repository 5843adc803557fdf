package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person, state, organization, place, post, outlet or treaty (article) that the article names. */
public record Entity(String id, EntityType type, String name, List<String> aliases, Optional<String> description,
        Map<Link, List<Ref>> links, Map<Count, Quantity> counts, Optional<Long> number,
        Codes codes, List<Citation> cites, Location at) {}
