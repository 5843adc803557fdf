package org.w3id.cstokg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a node's facts come from, gathered from its own {@code kg:citation}s and those of its parts
 * (a troop count, a geometry): the document parts cited, the outlets the article cites for them
 * and the dates it gives for those reports. The evidence words and offsets (selectors) stay in RDF.
 *
 * @param parts the cited document parts' IRIs, each with a short name ({@code 8} for paragraph 8,
 *     else the last segment of its IRI, such as {@code caption}), in paragraph order
 * @param outlets the cited outlets' IRIs, sorted
 * @param dates the cited dates, sorted
 */
public record Sources(Map<String, String> parts, List<String> outlets, List<String> dates) {
    /** No citation at all. */
    public static final Sources NONE = new Sources(Map.of(), List.of(), List.of());

    public Sources {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        outlets = List.copyOf(outlets);
        dates = List.copyOf(dates);
    }

    /** Whether nothing is cited. */
    public boolean isEmpty() {
        return parts.isEmpty() && outlets.isEmpty() && dates.isEmpty();
    }
}
