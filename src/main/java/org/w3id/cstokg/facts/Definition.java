package org.w3id.cstokg.facts;

import java.util.Set;

/** An identifier some fact file defines, what it is, and which reference targets it satisfies. */
record Definition(String id, String description, Set<Target> satisfies, Location at) {

    static Definition of(Entity e) {
        Set<Target> targets = switch (e.type()) {
            case OUTLET -> Set.of(Target.ANY, Target.OUTLET);
            case POST -> Set.of(Target.ANY, Target.POST);
            default -> Set.of(Target.ANY);
        };
        return new Definition(e.id(), "an entity of type " + e.type().key(), targets, e.at());
    }

    static Definition of(Document d) { return new Definition(d.id(), "a document", Set.of(Target.ANY), d.at()); }

    static Definition of(Concept c) {
        return new Definition(c.id(), "a concept of scheme " + c.scheme().key(),
                Set.of(Target.CONCEPT, c.scheme().target()), c.at());
    }

    static Definition of(Contingent c) { return new Definition(c.id(), "a contingent", Set.of(Target.ANY), c.at()); }

    static Definition of(Event e) {
        return new Definition(e.id(), "an event", Set.of(Target.ANY, Target.EVENT), e.at());
    }

    static Definition of(Statement s) {
        return new Definition(s.id(), "a statement", Set.of(Target.ANY, Target.STATEMENT), s.at());
    }
}
