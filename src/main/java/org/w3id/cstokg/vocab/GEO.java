package org.w3id.cstokg.vocab;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of OGC GeoSPARQL 1.1 ({@code http://www.opengis.net/ont/geosparql#}) that csto-kg uses. */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    private GEO() {}

    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    /** Well-Known Text; without a leading CRS IRI the CRS is OGC CRS84, longitude before latitude. */
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");
}
