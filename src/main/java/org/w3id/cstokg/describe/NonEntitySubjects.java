package org.w3id.cstokg.describe;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.w3id.cstokg.vocab.Ids;

/**
 * The distinct subjects of the quads a build sends to its store that are not entities (not IRIs
 * in {@code id/}): the ontology's and the shapes' terms, blank nodes, other IRIs. They are a few
 * thousand whatever the corpus (1,817 at N = 1,000), where the entities are millions. The store's
 * count of distinct subjects less these is its entity count, which {@link VoidDescription#describeStore(
 * org.apache.jena.sparql.core.DatasetGraph, NonEntitySubjects)} then need not read subject by subject
 * from TDB2's node table. Exact only if the store holds the same subjects as the quads seen here.
 * Not thread-safe.
 */
public final class NonEntitySubjects {
    private final Set<Node> subjects = new HashSet<>();
    private Node last;

    /** Notes the subject of a quad sent to the store. */
    public void add(Node subject) {
        if (subject == last) return;
        last = subject;
        if (subject.isURI() && subject.getURI().startsWith(Ids.NS)) return;
        subjects.add(subject);
    }

    /** How many distinct subjects seen were not entities. */
    public long count() {
        return subjects.size();
    }
}
