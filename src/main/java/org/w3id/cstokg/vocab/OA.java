package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C Web Annotation vocabulary ({@code http://www.w3.org/ns/oa#}) that csto-kg uses. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

    private OA() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource SpecificResource = c("SpecificResource");
    public static final Resource TextQuoteSelector = c("TextQuoteSelector");
    public static final Resource TextPositionSelector = c("TextPositionSelector");
    public static final Property hasSource = p("hasSource");
    public static final Property hasSelector = p("hasSelector");
    public static final Property exact = p("exact");
    public static final Property start = p("start");
    public static final Property end = p("end");
}
