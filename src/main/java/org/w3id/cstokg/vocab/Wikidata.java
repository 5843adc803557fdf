package org.w3id.cstokg.vocab;

/** Wikidata entity IRIs, {@code http://www.wikidata.org/entity/Q…}, the targets of our {@code owl:sameAs} links. */
public final class Wikidata {
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";

    private Wikidata() {}

    /** Whether an IRI names a Wikidata entity. */
    public static boolean isEntity(String iri) {
        return iri.startsWith(ENTITY_NS);
    }
}
