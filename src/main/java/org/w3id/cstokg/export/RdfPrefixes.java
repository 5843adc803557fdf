package org.w3id.cstokg.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.PROV;
import org.w3id.cstokg.vocab.TIME;
import org.w3id.cstokg.vocab.Wikidata;

/** The prefixes the dumps are written with, and that name clashing attribute columns. */
final class RdfPrefixes {
    private RdfPrefixes() {}

    static Map<String, String> standard() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kg", KG.NS);
        p.put("id", Ids.NS);
        p.put("rdf", RDF.uri);
        p.put("rdfs", RDFS.uri);
        p.put("owl", OWL.NS);
        p.put("xsd", XSD.NS);
        p.put("skos", SKOS.uri);
        p.put("dcterms", DCTerms.NS);
        p.put("prov", PROV.NS);
        p.put("time", TIME.NS);
        p.put("schema", SchemaDO.NS);
        p.put("org", ORG.NS);
        p.put("wd", Wikidata.ENTITY_NS);
        return p;
    }
}
