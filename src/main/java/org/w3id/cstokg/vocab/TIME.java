package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C OWL-Time ({@code http://www.w3.org/2006/time#}) that csto-kg uses. */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";

    private TIME() {}

    public static final Resource TemporalEntity = ResourceFactory.createResource(NS + "TemporalEntity");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Property hasTime = ResourceFactory.createProperty(NS + "hasTime");
    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS + "inXSDDate");
    public static final Property inXSDDateTimeStamp = ResourceFactory.createProperty(NS + "inXSDDateTimeStamp");
    public static final Property timeZone = ResourceFactory.createProperty(NS + "timeZone");
}
