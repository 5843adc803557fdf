package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** That a person held a post, optionally with a rank and the date the article says it held. */
public record Holding(Ref holder, Ref post, Optional<String> rank, Optional<LocalDate> asOf,
        List<Citation> cites, ValueCites valueCites, Location at) {

    /** The YAML keys of a holding. */
    public static final List<String> KEYS = List.of("holder", "post", "rank", "asOf", "cite");

    /** The identifier the holding gets: {@code HOLDER-holds-POST}. */
    public String id() { return holder.id() + "-holds-" + post.id(); }
}
