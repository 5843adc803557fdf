package org.w3id.cstokg.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code links}: the identifiers of an entity in Wikidata (a Q-id), DBpedia (a resource
 * name) and GeoNames (a feature number), with the feature's coordinates, how close the match is,
 * and where they were verified. At least one identifier is present.
 */
public record ExternalLink(Ref entity, Optional<String> wikidata, Optional<String> dbpedia, Optional<Long> geonames,
        Optional<Coordinates> coordinates, Match match, List<Citation> cites, Location at) {

    /** The YAML keys of a link entry. */
    public static final List<String> KEYS =
            List.of("entity", "wikidata", "dbpedia", "geonames", "latitude", "longitude", "match", "cite");

    /** How the external item relates to the entity. */
    public enum Match {
        /** The same individual. */
        SAME("same"),
        /** The same thing, though the external item is a different kind of resource. */
        EXACT("exact"),
        /** A related thing close enough to interchange in some uses, such as a wider event. */
        CLOSE("close");

        private final String key;

        Match(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** A point in decimal degrees, latitude north and longitude east, as the source gives them. */
    public record Coordinates(BigDecimal latitude, BigDecimal longitude) {}
}
