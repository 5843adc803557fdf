package org.w3id.cstokg.facts;

import java.util.Set;

/** An identifier some fact file defines, what it is, and which reference targets it satisfies. */
record Definition(String id, String description, Set<Target> satisfies, Location at) {

    static Definition of(Fact f) {
        String what = f.kind().describe();
        return new Definition(f.id(), (what.matches("[aeiou].*") ? "an " : "a ") + what, f.kind().satisfies(), f.at());
    }

    static Definition of(Document d) { return new Definition(d.id(), "a document", Set.of(Target.ANY), d.at()); }
}
