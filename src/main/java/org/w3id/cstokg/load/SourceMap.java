package org.w3id.cstokg.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3id.cstokg.facts.Location;

/** Where in the fact files each resource the loader made came from: IRI to {@code file:line:col}. */
public final class SourceMap {
    private final Map<String, Location> locations = new HashMap<>();

    public SourceMap() {}

    /** Records the first place a resource was made; later ones (references to it) do not count. */
    void put(String iri, Location at) { locations.putIfAbsent(iri, at); }

    /** The place the resource with this IRI was defined, if the loader made it. */
    public Optional<Location> locate(String iri) { return Optional.ofNullable(locations.get(iri)); }

    public int size() { return locations.size(); }
}
