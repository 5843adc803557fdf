package org.w3id.cstokg.facts;

import static org.w3id.cstokg.facts.Link.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code type} of an event, with the links, counts and other keys that type adds. */
public enum EventType {
    MISSION("mission", Set.of(HOST, ORGANIZED_BY, COMMANDER, LEGAL_BASIS, AUTHORIZED_BY,
            FIRST_REAL_WORLD_MISSION_OF, OPERATIONAL_STAFF, EQUIPMENT, PROTECTS),
            Set.of(Count.TROOPS, Count.VEHICLES), List.of("missionLabel", "describedAs")),
    DECISION("decision", Set.of(DECIDED_BY, SIGNED_BY, LEGAL_BASIS)),
    PUBLICATION("publication", Set.of(PUBLISHED_IN)),
    AIRLIFT("airlift", Set.of(TRANSPORTED, AIRFIELD), Set.of(Count.AIRCRAFT), List.of()),
    RELIEF("relief", Set.of(), Set.of(Count.PERSONNEL), List.of()),
    PROPOSAL("proposal", Set.of(), Set.of(), List.of("proposedStart", "proposedWithin")),
    CEREMONY("ceremony", Set.of(PHOTO_CREDIT)),
    DISORDER("disorder"), DAMAGE("damage"), ANNOUNCEMENT("announcement"), DECREE("decree"),
    ORDER("order"), APPEAL("appeal"), PHONE_CALL("phone-call"), BOARDING("boarding"),
    LANDING("landing"), DEPLOYMENT("deployment"), REDEPLOYMENT("redeployment"), REPORT("report"),
    MEETING("meeting"), VIDEO_CONFERENCE("video-conference"), HANDOVER("handover"),
    DEPARTURE("departure"), WITHDRAWAL("withdrawal");

    /** Links every event may have. */
    public static final Set<Link> COMMON_LINKS =
            Set.of(PLACE, AGENTS, PARTICIPANTS, RECIPIENTS, EVENT_PART_OF, BECAUSE, ACCORDING_TO, STATEMENTS);
    /** Other keys every event may have (the time keys are {@link Time#KEYS}). */
    public static final List<String> COMMON_KEYS = List.of("id", "type", "name", "description", "cite", "cameo", "acled");

    private final String key;
    private final Set<Link> links;
    private final Set<Count> counts;
    private final List<String> otherKeys;

    EventType(String key, Set<Link> links, Set<Count> counts, List<String> otherKeys) {
        this.key = key;
        this.links = links;
        this.counts = counts;
        this.otherKeys = otherKeys;
    }

    EventType(String key, Set<Link> links) { this(key, links, Set.of(), List.of()); }

    EventType(String key) { this(key, Set.of()); }

    /** The value of {@code type:} in YAML. */
    public String key() { return key; }

    /** The links this type adds to {@link #COMMON_LINKS}. */
    public Set<Link> links() { return links; }

    public Set<Count> counts() { return counts; }

    /** Keys this type adds that are neither links nor counts. */
    public List<String> otherKeys() { return otherKeys; }

    public static Optional<EventType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
