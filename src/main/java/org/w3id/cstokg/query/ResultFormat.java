package org.w3id.cstokg.query;

/** How {@code kg query} prints results: a text table, or a W3C SPARQL 1.1 results format. */
public enum ResultFormat { TEXT, CSV, TSV, JSON }
