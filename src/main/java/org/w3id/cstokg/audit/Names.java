package org.w3id.cstokg.audit;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KgPrefixes;

/** How the audit's messages show a node: a project id as written in the fact files, a term by its prefix. */
final class Names {

    private static final PrefixMapping PREFIXES = KgPrefixes.mapping();
    private static final String CITATION = "/citation/";

    private Names() {}

    /** {@code arrival}, {@code kg:troopCount}, {@code "some words"}, {@code 2500}. */
    static String shown(RDFNode node) {
        if (node.isLiteral()) {
            String lexical = node.asLiteral().getLexicalForm();
            return isString(node) ? "\"" + lexical + "\"" : lexical;
        }
        if (node.isAnon()) return "[]";
        String iri = node.asResource().getURI();
        if (iri.startsWith(Ids.NS)) return iri.substring(Ids.NS.length());
        String prefixed = PREFIXES.qnameFor(iri);
        return prefixed != null ? prefixed : "<" + iri + ">";
    }

    /** The fact a citation IRI ({@code <fact>/citation/K}, {@code <fact>/troops/citation/K}) belongs to. */
    static String factOf(String citationIri) {
        String id = citationIri.startsWith(Ids.NS) ? citationIri.substring(Ids.NS.length()) : citationIri;
        int at = id.lastIndexOf(CITATION);
        return at < 0 ? id : id.substring(0, at);
    }

    private static boolean isString(RDFNode node) {
        String datatype = node.asLiteral().getDatatypeURI();
        return datatype == null || datatype.endsWith("#string") || datatype.endsWith("#langString");
    }
}
