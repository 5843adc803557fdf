package org.w3id.cstokg.facts;

/**
 * How the value of a key is written and what it becomes: the few pieces of the fact format that
 * are code. Which key takes which shape is data, declared in the ontology ({@code kg:factValue}).
 */
public enum ValueShape {
    /** One identifier or a list of them; each becomes the IRI of the fact it names. */
    REFERENCE("an identifier or a list of identifiers"),
    /** One text; an English literal. */
    TEXT("a text"),
    /** One text or a list of texts; English literals. */
    TEXT_LIST("a text or a list of texts"),
    /** A count: a bare integer or a mapping with bounds and qualifications; a schema:QuantitativeValue node. */
    QUANTITY("a count"),
    /** A date, YYYY-MM-DD; an xsd:date. */
    DATE("a date"),
    /** An ISO 8601 duration such as P10D; an xsd:duration. */
    DURATION("a duration"),
    /** A whole number of at least zero; an xsd:integer. */
    INTEGER("a whole number"),
    /** Identifiers of outlets credited for a photograph of the fact; a kg:Photograph node that depicts it. */
    PHOTOGRAPH("an outlet identifier or a list of them"),
    /** A code of a codebook, text matching the key's pattern; the IRI of the key's code prefix and the code, or a plain string. */
    CODE("a code"),
    /** Who made a statement: an identifier, or {@code author} for the document's author. */
    ATTRIBUTION("an identifier, or `author` for the document's author"),
    /** A web address, an absolute http or https IRI; the IRI itself. */
    IRI("a web address (http or https)");

    private final String description;

    ValueShape(String description) { this.description = description; }

    /** Words for documentation, such as "a count". */
    public String description() { return description; }
}
