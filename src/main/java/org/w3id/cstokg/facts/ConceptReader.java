package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Binds one item of {@code concepts}. */
final class ConceptReader {
    private ConceptReader() {}

    static Optional<Concept> read(YamlNode node, Reading reading) {
        Optional<Scheme> scheme = Kinds.peek(node, "scheme", Scheme.class, Scheme::key, "concept", reading);
        return Fields.ofFact(node, "concept", Concept.KEYS, reading).flatMap(f -> {
            Optional<String> id = f.id();
            if (id.isPresent()) f = f.as("concept '" + id.get() + "'");
            Optional<String> name = f.required("name");
            List<Citation> cites = CitationReader.cites(f, true);
            if (id.isEmpty() || name.isEmpty() || scheme.isEmpty()) return Optional.empty();
            return Optional.of(new Concept(id.get(), scheme.get(), name.get(), f.texts("aliases"), cites, f.valueCites(), f.at("id")));
        });
    }
}
