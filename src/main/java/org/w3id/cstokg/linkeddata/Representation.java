package org.w3id.cstokg.linkeddata;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** A representation the linked-data pages can answer with: a media type and, except for HTML, an RDF format. */
enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    /** In order of preference when the client accepts several equally. */
    static final List<Representation> RESOURCE_OFFERS = List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);
    /** Ontology checkers ask for RDF/XML first, so it leads. */
    static final List<Representation> ONTOLOGY_OFFERS = List.of(RDFXML, TURTLE, HTML, JSONLD, NTRIPLES);

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    /** The file extension that asks for this representation whatever the Accept header says ({@code /doc/russia.ttl}). */
    String extension() { return extension; }

    /** The representation a local name's extension asks for, if it has one. */
    static Optional<Representation> byExtension(String localName) {
        for (Representation r : values())
            if (localName.endsWith("." + r.extension))
                return Optional.of(r);
        return Optional.empty();
    }

    String mediaType() { return mediaType; }

    /** The RDF format, or null for HTML. */
    RDFFormat format() { return format; }

    Lang lang() { return format == null ? null : format.getLang(); }

    static String describe(List<Representation> offers) {
        return String.join(", ", offers.stream().map(Representation::mediaType).toList());
    }
}
