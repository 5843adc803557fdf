package org.w3id.cstokg.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.KG;

/**
 * Where an event happened, as ACLED's columns take it: the country and first-level region that its
 * {@code kg:place} lies in ({@code kg:locatedIn}, transitively), the place itself, and its
 * coordinates only where the graph has a verified geometry for it. Without a place, the country is
 * the host country of the mission the event is part of, if any.
 */
record EventPlace(String country, String admin1, String location, String latitude, String longitude) {
    static EventPlace of(Resource e) {
        Resource place = e.getPropertyResourceValue(KG.place);
        if (place == null) return new EventPlace(hostCountry(e, new HashSet<>()), "", "", "", "");
        String country = "", admin1 = "";
        Set<Resource> seen = new HashSet<>();
        for (Resource at = place; at != null && seen.add(at); at = at.getPropertyResourceValue(KG.locatedIn)) {
            if (country.isEmpty() && at.hasProperty(RDF.type, KG.State)) country = EventRow.label(at);
            if (admin1.isEmpty() && at.hasProperty(RDF.type, KG.Region)) admin1 = EventRow.label(at);
        }
        String[] lonLat = point(place);
        return new EventPlace(country, admin1, EventRow.label(place), lonLat[1], lonLat[0]);
    }

    /** country, admin1, location, latitude, longitude. */
    List<String> values() { return List.of(country, admin1, location, latitude, longitude); }

    private static String hostCountry(Resource e, Set<Resource> seen) {
        if (!seen.add(e)) return "";
        Resource host = e.getPropertyResourceValue(KG.hostCountry);
        if (host != null) return EventRow.label(host);
        Resource whole = e.getPropertyResourceValue(KG.partOf);
        return whole == null ? "" : hostCountry(whole, seen);
    }

    /** Longitude and latitude of a WKT {@code POINT(lon lat)}, or two empty strings. */
    private static String[] point(Resource place) {
        Resource geometry = place.getPropertyResourceValue(GEO.hasGeometry);
        Statement wkt = geometry == null ? null : geometry.getProperty(GEO.asWKT);
        if (wkt == null || !wkt.getLiteral().getLexicalForm().startsWith("POINT(")) return new String[] {"", ""};
        String[] parts = wkt.getLiteral().getLexicalForm().substring(6, wkt.getLiteral().getLexicalForm().length() - 1).trim().split("\\s+");
        return parts.length == 2 ? parts : new String[] {"", ""};
    }
}
