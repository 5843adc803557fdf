package org.w3id.cstokg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;

/** The namespace prefixes csto-kg writes RDF and shows compact names with. */
public final class KgPrefixes {
    public static final String SCHEMA = "https://schema.org/";

    private KgPrefixes() {}

    /** A new, locked mapping of the standard prefixes plus kg:, id:, schema:, org:, prov:, oa:, time: and friends. */
    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("kg", KG.NS)
                .setNsPrefix("id", Ids.NS)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("oa", OA.NS)
                .setNsPrefix("time", TIME.NS)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("spdx", SPDX.NS)
                .setNsPrefix("geo", GEO.NS)
                .lock();
    }
}
