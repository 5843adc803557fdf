package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O ({@code http://www.w3.org/ns/prov#}) that csto-kg uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Location = ResourceFactory.createResource(NS + "Location");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property atLocation = ResourceFactory.createProperty(NS + "atLocation");
}
