package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The jena-text property function namespace ({@code http://jena.apache.org/text#}) used in queries. */
public final class TEXT {
    public static final String NS = "http://jena.apache.org/text#";

    private TEXT() {}

    /** {@code text:query}, the full-text search property function. */
    public static final Property query = ResourceFactory.createProperty(NS + "query");
}
