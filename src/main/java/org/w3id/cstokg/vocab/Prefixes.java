package org.w3id.cstokg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes csto-kg writes its RDF with. */
public final class Prefixes {
    private Prefixes() {}

    /** A new, unlocked prefix mapping with every csto-kg prefix. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("kg", KG.NS).setNsPrefix("id", Ids.NS).setNsPrefix("graph", Graphs.NS)
                .setNsPrefix("prov", PROV.NS).setNsPrefix("oa", OA.NS).setNsPrefix("time", TIME.NS).setNsPrefix("org", ORG.NS)
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("geo", GEO.NS);
    }
}
