package org.w3id.cstokg.query;

import org.w3id.cstokg.KgException;

/** A SPARQL query does not parse; the message names the file, line and column. */
public class QuerySyntaxException extends KgException {
    public QuerySyntaxException(String message, Throwable cause) { super(message, cause); }
}
