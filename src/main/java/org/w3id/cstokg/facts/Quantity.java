package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * A count as the article states it: exact, approximate, a range or an open bound, possibly a
 * party's claim. {@code cites} is already defaulted to the parent fact's.
 */
public record Quantity(FactKey key, Optional<Long> value, Optional<Long> min, Optional<Long> max,
        boolean minExclusive, boolean maxExclusive, boolean approximate, boolean estimated,
        Optional<Ref> accordingTo, List<Ref> includes, List<Citation> cites, Location at) {}
