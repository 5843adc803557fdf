package org.w3id.cstokg.linkeddata;

import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * Where a link to an IRI points on a page: our own resources and ontology terms at their paths on
 * this server (so a page works before the w3id redirect is live), anything else at the IRI itself.
 */
final class LocalLinks {
    private final String contextPath;

    LocalLinks(String contextPath) {
        this.contextPath = contextPath == null ? "" : contextPath;
    }

    /** The href of a place in the text of document {@code documentId} on this server's {@code /source/} page. */
    String source(String documentId, String fragment) {
        return contextPath + "/source/" + documentId + "#" + fragment;
    }

    /** The href for an IRI, or null when it is not a web link (such as {@code urn:} or {@code javascript:}). */
    String href(String iri) {
        if (iri.startsWith(Ids.NS))
            return contextPath + "/id/" + iri.substring(Ids.NS.length());
        if (iri.startsWith(KG.NS))
            return contextPath + "/ontology#" + iri.substring(KG.NS.length());
        if (iri.equals(KG.ONTOLOGY))
            return contextPath + "/ontology";
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }
}
