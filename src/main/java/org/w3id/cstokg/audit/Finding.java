package org.w3id.cstokg.audit;

import java.util.Optional;
import org.w3id.cstokg.facts.Location;

/**
 * One thing the audit found wrong: in which part (none for a triple without evidence words),
 * what is wrong, where in the fact files if the build knows, and what to do about it.
 */
public record Finding(Optional<ArticlePart> part, String problem, Optional<Location> at, String remedy) {

    /** {@code paragraph 2: "four" (4) lies in no evidence span (data/x.yaml:12:5) — give …}. */
    @Override
    public String toString() {
        return part.map(p -> p + ": ").orElse("") + problem + at.map(l -> " (" + l + ")").orElse("") + " — " + remedy;
    }
}
