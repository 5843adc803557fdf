package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * One {@code cite} entry: where in the article a fact is stated, the article's own words that state it
 * (its evidence, if given), and which outlets the article cites there.
 */
public record Citation(CitedPart part, Optional<String> words, List<OutletCitation> outlets, Location at) {

    public Citation {
        outlets = List.copyOf(outlets);
    }

    /** A citation of a part with no evidence words. */
    public Citation(CitedPart part, List<OutletCitation> outlets, Location at) {
        this(part, Optional.empty(), outlets, at);
    }
}
