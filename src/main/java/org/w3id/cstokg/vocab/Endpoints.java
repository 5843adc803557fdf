package org.w3id.cstokg.vocab;

import java.util.List;

/** Public SPARQL endpoints the server may federate with (SERVICE) unless configured otherwise. */
public final class Endpoints {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String DBPEDIA = "https://dbpedia.org/sparql";

    /** The default SERVICE allow-list. */
    public static final List<String> FEDERATION_DEFAULTS = List.of(WIKIDATA, DBPEDIA);

    private Endpoints() {}
}
