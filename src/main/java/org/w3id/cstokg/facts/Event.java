package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Something that happened, with its time, its participants and the keys of its type. */
public record Event(String id, EventType type, String name, Optional<String> description, Time time,
        Map<Link, List<Ref>> links, Map<Count, Quantity> counts, Optional<String> missionLabel,
        List<String> describedAs, Optional<LocalDate> proposedStart, Optional<String> proposedWithin,
        Codes codes, List<Citation> cites, Location at) {}
