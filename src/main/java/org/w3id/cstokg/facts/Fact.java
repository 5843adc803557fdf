package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * One item of a section of declared kinds (an entity, concept, membership, holding, contingent,
 * event or statement): its identifier (given, or made by its kind's template), kind and name (absent
 * when its kind makes the label from a template), what its declared keys state, its time (events and
 * statements), its citations and those its keys give themselves.
 */
public record Fact(String id, Kind kind, Optional<String> name, List<Stated> stated, Optional<Time> time,
        List<Citation> cites, ValueCites valueCites, Location at) {

    public Fact {
        stated = List.copyOf(stated);
        cites = List.copyOf(cites);
    }

    /** What the key named {@code key} states, if the fact has it. */
    public Optional<Stated> stated(String key) {
        return stated.stream().filter(s -> s.key().key().equals(key)).findFirst();
    }

    /** The identifier its node is made under ({@link Kind#nodeId}). */
    public String nodeId() { return kind.nodeId(id); }
}
