package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O ({@code http://www.w3.org/ns/prov#}) that csto-kg uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
}
