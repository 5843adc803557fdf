package org.w3id.cstokg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The export formats: six RDF serialisations, three property-graph views and the event table, each with its file name. */
public enum Format {
    TTL("ttl", "csto-kg.ttl", true, "text/turtle"),
    NT("nt", "csto-kg.nt", true, "application/n-triples"),
    NQ("nq", "csto-kg.nq", true, "application/n-quads"),
    TRIG("trig", "csto-kg.trig", true, "application/trig"),
    JSONLD("jsonld", "csto-kg.jsonld", true, "application/ld+json"),
    RDFXML("rdfxml", "csto-kg.rdf", true, "application/rdf+xml"),
    GRAPHML("graphml", "csto-kg.graphml", false, "application/graphml+xml"),
    GEXF("gexf", "csto-kg.gexf", false, "application/gexf+xml"),
    CYTOSCAPE("cytoscape", "csto-kg.cyjs", false, "application/json"),
    EVENTS_CSV("events-csv", "csto-kg-events.csv", false, "text/csv");

    private final String cliName;
    private final String fileName;
    private final boolean rdf;
    private final String mediaType;

    Format(String cliName, String fileName, boolean rdf, String mediaType) {
        this.cliName = cliName;
        this.fileName = fileName;
        this.rdf = rdf;
        this.mediaType = mediaType;
    }

    /** The name used on the command line, {@code --format ttl}. */
    public String cliName() { return cliName; }

    /** The file name in the build output. */
    public String fileName() { return fileName; }

    /** The media type of the file (the GraphML and GEXF ones are in common use, not IANA-registered). */
    public String mediaType() { return mediaType; }

    /** Whether this is an RDF serialisation (else a property-graph view or the event table). */
    public boolean isRdf() { return rdf; }

    /** Whether this is a property-graph view (GraphML, GEXF, Cytoscape). */
    public boolean isPropertyGraph() { return !rdf && this != EVENTS_CSV; }

    /** The format with this command-line name, ignoring case. */
    public static Optional<Format> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The format whose export file has this name ({@code csto-kg.nq}), if one has. */
    public static Optional<Format> byFileName(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }

    /** All command-line names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "))
                .toLowerCase(Locale.ROOT);
    }
}
