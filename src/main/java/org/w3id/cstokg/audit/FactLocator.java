package org.w3id.cstokg.audit;

import java.util.Optional;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.vocab.Ids;

/** Where the fact files define a resource, by its IRI ({@code load.SourceMap} when the graph was just built). */
@FunctionalInterface
public interface FactLocator {

    /** A locator that knows nothing (a graph read from a file). */
    FactLocator NONE = iri -> Optional.empty();

    Optional<Location> locate(String iri);

    /** The place of a citation, else of the fact it belongs to. */
    default Optional<Location> ofCitation(Evidence evidence) {
        return locate(evidence.iri()).or(() -> locate(Ids.entity(evidence.fact())));
    }
}
