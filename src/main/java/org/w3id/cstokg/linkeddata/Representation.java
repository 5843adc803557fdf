package org.w3id.cstokg.linkeddata;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** A representation the linked-data pages can answer with: a media type and, except for HTML, an RDF format. */
enum Representation {
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", null),
    JSONLD("application/ld+json", RDFFormat.JSONLD),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    /** In order of preference when the client accepts several equally. */
    static final List<Representation> RESOURCE_OFFERS = List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);
    /** Ontology checkers ask for RDF/XML first, so it leads. */
    static final List<Representation> ONTOLOGY_OFFERS = List.of(RDFXML, TURTLE, HTML, JSONLD, NTRIPLES);

    private final String mediaType;
    private final RDFFormat format;

    Representation(String mediaType, RDFFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    String mediaType() { return mediaType; }

    /** The RDF format, or null for HTML. */
    RDFFormat format() { return format; }

    Lang lang() { return format == null ? null : format.getLang(); }

    static String describe(List<Representation> offers) {
        return String.join(", ", offers.stream().map(Representation::mediaType).toList());
    }
}
