package org.w3id.cstokg.vocab;

/**
 * The external datasets csto-kg links to, each with the IRI space its resources live in. A link
 * belongs to the target whose {@link #uriSpace()} its object starts with.
 */
public enum LinkTarget {
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
    DBPEDIA("dbpedia", "DBpedia", "http://dbpedia.org/resource/", "https://www.dbpedia.org/"),
    GEONAMES("geonames", "GeoNames", "https://sws.geonames.org/", "https://www.geonames.org/");

    private final String slug;
    private final String title;
    private final String uriSpace;
    private final String homepage;

    LinkTarget(String slug, String title, String uriSpace, String homepage) {
        this.slug = slug;
        this.title = title;
        this.uriSpace = uriSpace;
        this.homepage = homepage;
    }

    /** A lower-case name for IRIs and file names. */
    public String slug() { return slug; }

    public String title() { return title; }

    /** The prefix every resource IRI of this dataset starts with. */
    public String uriSpace() { return uriSpace; }

    public String homepage() { return homepage; }

    /**
     * The IRI of one resource of this dataset from its identifier there: a Wikidata Q-id, a DBpedia
     * resource name, a GeoNames feature number ({@code https://sws.geonames.org/ID/}, with the slash).
     */
    public String iri(String localId) {
        return this == GEONAMES ? uriSpace + localId + "/" : uriSpace + localId;
    }
}
