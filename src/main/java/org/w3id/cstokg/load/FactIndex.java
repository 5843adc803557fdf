package org.w3id.cstokg.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.facts.Scheme;
import org.w3id.cstokg.vocab.Ids;

/** What the mappers need to know about facts of all files: names for labels, and the IRI of each identifier. */
final class FactIndex {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Scheme> schemes = new HashMap<>();

    FactIndex(Facts facts) {
        for (var file : facts.files()) {
            file.entities().forEach(e -> names.put(e.id(), e.name()));
            file.contingents().forEach(c -> names.put(c.id(), c.name()));
            file.events().forEach(e -> names.put(e.id(), e.name()));
            file.concepts().forEach(c -> {
                names.put(c.id(), c.name());
                schemes.put(c.id(), c.scheme());
            });
        }
    }

    /** The name of a fact, or its identifier if it has none (statements). */
    String name(String id) { return names.getOrDefault(id, id); }

    /** The IRI a reference stands for: concepts live under their scheme, everything else under {@code id/}. */
    String iri(Ref ref) {
        Optional<Scheme> scheme = Optional.ofNullable(schemes.get(ref.id()));
        return scheme.map(s -> Ids.concept(s.key(), ref.id())).orElseGet(() -> Ids.entity(ref.id()));
    }
}
