package org.w3id.cstokg.publish;

/** The triples one named graph has locally and on the remote store after publishing. */
public record GraphCount(String graph, long expected, long actual) {
    public boolean matches() {
        return expected == actual;
    }
}
