package org.w3id.cstokg.vocab;

/**
 * IRIs of the dataset's own description (VoID and DCAT): the dataset, its SPARQL service, its
 * dump distributions, its linksets, and the fixed IRIs that description points at.
 */
public final class KgDataset {
    /** The csto-kg dataset as a void:Dataset and dcat:Dataset. */
    public static final String DATASET = Ids.NS + "dataset";
    public static final String SPARQL_SERVICE = DATASET + "/sparql";
    public static final String PUBLISHER = DATASET + "/publisher";
    /** The licence of the data: Creative Commons Attribution 4.0 International. */
    public static final String LICENSE_CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";
    public static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";
    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private KgDataset() {}

    /** A dump file of the dataset, by its file name. */
    public static String distribution(String fileName) { return DATASET + "/dump/" + fileName; }

    /** The linkset from csto-kg to one external dataset. */
    public static String linkset(LinkTarget target) { return DATASET + "/linkset/" + target.slug(); }

    /** An external dataset as the object target of a linkset. */
    public static String target(LinkTarget target) { return DATASET + "/target/" + target.slug(); }

    /** The IANA registry entry of a media type, the form DCAT 3 expects for dcat:mediaType. */
    public static String mediaType(String mediaType) { return IANA_MEDIA_TYPES + mediaType; }
}
