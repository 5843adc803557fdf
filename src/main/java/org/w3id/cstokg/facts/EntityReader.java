package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds one item of {@code entities}. */
final class EntityReader {
    private EntityReader() {}

    static Optional<Entity> read(YamlNode node, Reading reading) {
        Optional<EntityType> type = Kinds.peek(node, "type", EntityType.class, EntityType::key, "entity", reading);
        List<String> keys = type.map(FactKeys::entity).orElseGet(FactKeys::entityAll);
        String what = type.map(t -> "entity of type " + t.key()).orElse("entity");
        return Fields.of(node, what, keys, reading).flatMap(f -> bind(f, type));
    }

    private static Optional<Entity> bind(Fields f, Optional<EntityType> type) {
        Optional<String> id = f.id();
        if (id.isPresent()) f = f.as("entity '" + id.get() + "'");
        Optional<String> name = f.required("name");
        boolean outlet = type.filter(t -> t == EntityType.OUTLET).isPresent();
        // An outlet may go uncited when it is the document's own outlet; ReferenceChecker decides.
        List<Citation> cites = CitationReader.cites(f, !outlet);
        Set<Link> links = type.map(EntityType::links).orElse(Set.of());
        Map<Link, List<Ref>> linked = f.links(links);
        Map<Count, Quantity> counts = QuantityReader.counts(f, type.map(EntityType::counts).orElse(Set.of()), cites);
        Optional<Long> number = Values.count(f, EntityType.NUMBER_KEY);
        Codes codes = type.filter(Codes.ACTOR_TYPES::contains).isPresent() ? CodesReader.actor(f) : Codes.NONE;
        if (id.isEmpty() || name.isEmpty() || type.isEmpty()) return Optional.empty();
        return Optional.of(new Entity(id.get(), type.get(), name.get(), f.texts("aliases"), f.text("description"),
                linked, counts, number, codes, cites, f.at("id")));
    }
}
