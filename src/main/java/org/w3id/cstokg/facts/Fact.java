package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * One item of a section of declared kinds (an entity, contingent or event): its identifier, kind and
 * name, what its declared keys state, its time (events only), its citations and those its keys give themselves.
 */
public record Fact(String id, Kind kind, String name, List<Stated> stated, Optional<Time> time,
        List<Citation> cites, ValueCites valueCites, Location at) {

    public Fact {
        stated = List.copyOf(stated);
        cites = List.copyOf(cites);
    }
}
