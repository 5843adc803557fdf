package org.w3id.cstokg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The export formats: six RDF serialisations and three property-graph views, each with its file name. */
public enum Format {
    TTL("ttl", "csto-kg.ttl", true),
    NT("nt", "csto-kg.nt", true),
    NQ("nq", "csto-kg.nq", true),
    TRIG("trig", "csto-kg.trig", true),
    JSONLD("jsonld", "csto-kg.jsonld", true),
    RDFXML("rdfxml", "csto-kg.rdf", true),
    GRAPHML("graphml", "csto-kg.graphml", false),
    GEXF("gexf", "csto-kg.gexf", false),
    CYTOSCAPE("cytoscape", "csto-kg.cyjs", false);

    private final String cliName;
    private final String fileName;
    private final boolean rdf;

    Format(String cliName, String fileName, boolean rdf) {
        this.cliName = cliName;
        this.fileName = fileName;
        this.rdf = rdf;
    }

    /** The name used on the command line, {@code --format ttl}. */
    public String cliName() { return cliName; }

    /** The file name in the build output. */
    public String fileName() { return fileName; }

    /** Whether this is an RDF serialisation (else a property-graph view). */
    public boolean isRdf() { return rdf; }

    /** The format with this command-line name, ignoring case. */
    public static Optional<Format> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name.trim())).findFirst();
    }

    /** All command-line names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "))
                .toLowerCase(Locale.ROOT);
    }
}
