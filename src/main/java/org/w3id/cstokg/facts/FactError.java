package org.w3id.cstokg.facts;

/** One problem found in the facts, printed as {@code data/FILE.yaml:LINE:COL: message}. */
public record FactError(Location location, String message) {
    @Override
    public String toString() { return location + ": " + message; }
}
