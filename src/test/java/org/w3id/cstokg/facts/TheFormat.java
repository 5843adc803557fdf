package org.w3id.cstokg.facts;

import java.nio.file.Path;
import org.w3id.cstokg.load.OntologyFactFormat;

/** The fact format that the project's own ontology declares, read once for the tests. */
final class TheFormat {
    static final FactFormat ONTOLOGY = OntologyFactFormat.load(Path.of("ontology"), (at, message) -> {
        throw new IllegalStateException(at + ": " + message);
    });

    private TheFormat() {}

    /** The declared section whose key is {@code key}. */
    static Section section(String key) { return ONTOLOGY.section(key).orElseThrow(); }
}
