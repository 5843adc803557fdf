package org.w3id.cstokg.vocab;

/** Named graphs of the csto-kg dataset: one per source document, plus the fixed ones below. */
public final class Graphs {
    public static final String NS = "https://w3id.org/csto-kg/graph/";
    public static final String ONTOLOGY = NS + "ontology";
    public static final String SHAPES = NS + "shapes";
    public static final String INFERRED = NS + "inferred";
    public static final String LINKS = NS + "links";
    public static final String VOID = NS + "void";

    private Graphs() {}

    /** The graph holding the facts of one source document. */
    public static String forDocument(String documentId) {
        return NS + documentId;
    }
}
