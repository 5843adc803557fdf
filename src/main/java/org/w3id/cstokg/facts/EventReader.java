package org.w3id.cstokg.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds one item of {@code events}. */
final class EventReader {
    private EventReader() {}

    static Optional<Event> read(YamlNode node, Reading reading) {
        Optional<EventType> type = Kinds.peek(node, "type", EventType.class, EventType::key, "event", reading);
        List<String> keys = type.map(FactKeys::event).orElseGet(FactKeys::eventAll);
        String what = type.map(t -> "event of type " + t.key()).orElse("event");
        return Fields.of(node, what, keys, reading).flatMap(f -> bind(f, type));
    }

    private static Optional<Event> bind(Fields f, Optional<EventType> type) {
        Optional<String> id = f.id();
        if (id.isPresent()) f = f.as("event '" + id.get() + "'");
        Optional<String> name = f.required("name");
        List<Citation> cites = CitationReader.cites(f, true);
        Time time = TimeReader.eventTime(f);
        Set<Link> links = EnumSet.copyOf(EventType.COMMON_LINKS);
        type.ifPresent(t -> links.addAll(t.links()));
        Map<Link, List<Ref>> linked = f.links(links);
        Map<Count, Quantity> counts = QuantityReader.counts(f, type.map(EventType::counts).orElse(Set.of()), cites);
        var proposedStart = Values.date(f, "proposedStart");
        var proposedWithin = Values.duration(f, "proposedWithin");
        Codes codes = CodesReader.event(f);
        if (id.isEmpty() || name.isEmpty() || type.isEmpty()) return Optional.empty();
        return Optional.of(new Event(id.get(), type.get(), name.get(), f.text("description"), time, linked, counts,
                f.text("missionLabel"), f.texts("describedAs"), proposedStart, proposedWithin, codes, cites, f.at("id")));
    }
}
