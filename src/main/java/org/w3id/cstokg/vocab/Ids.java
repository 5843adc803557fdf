package org.w3id.cstokg.vocab;

/**
 * The one place that builds resource IRIs, {@code https://w3id.org/csto-kg/id/...}, from the
 * identifiers of the fact files. Callers pass identifiers already checked by the fact reader.
 */
public final class Ids {
    public static final String NS = "https://w3id.org/csto-kg/id/";

    private Ids() {}

    /** An entity, event, statement or other fact with its own identifier. */
    public static String entity(String id) { return NS + id; }

    /** A numbered paragraph of a source document. */
    public static String paragraph(String documentId, int number) { return NS + documentId + "/p" + number; }

    /** A numbered line (from 1) of a table: {@code id/DOC/lineN}. */
    public static String tableRow(String documentId, int line) { return NS + documentId + "/line" + line; }

    /** The photo caption of a source document. */
    public static String caption(String documentId) { return NS + documentId + "/caption"; }

    /** The (unnamed) author of a source document. */
    public static String author(String documentId) { return NS + documentId + "/author"; }

    /** The k-th citation (from 1) of a fact. */
    public static String citation(String factId, int k) { return NS + factId + "/citation/" + k; }

    /** The k-th citation (from 1) of a part of a fact, such as its troop count: {@code id/FACT/PART/citation/k}. */
    public static String citation(String factId, String part, int k) { return NS + factId + "/" + part + "/citation/" + k; }

    /** A node that belongs to a fact, such as its time or a quantity: {@code id/FACT/PART}. */
    /** The reifier of one triple a document states: {@code DOCUMENT/stated/HASH}. */
    public static String stated(String documentId, String hash) { return NS + documentId + "/stated/" + hash; }

    public static String part(String factId, String part) { return NS + factId + "/" + part; }
}
