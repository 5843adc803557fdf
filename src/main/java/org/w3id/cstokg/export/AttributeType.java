package org.w3id.cstokg.export;

/** The value type of a property-graph attribute column, as GraphML, GEXF and JSON can declare it. */
public enum AttributeType {
    STRING, LONG, DOUBLE, BOOLEAN
}
