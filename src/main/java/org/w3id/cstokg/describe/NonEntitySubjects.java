package org.w3id.cstokg.describe;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.w3id.cstokg.vocab.Ids;

/**
 * The distinct subjects of the quads a build sends to its store that are not entities (not IRIs
 * in {@code id/}): the ontology's and the shapes' terms and blank nodes. At N = 1,000 they are
 * 507, all in the ontology and shapes graphs (the facts' graphs had none), against 1,441,753
 * entities; a set of the entities' IRIs instead would take 200 MB of heap there, and ten times
 * that at N = 10,000. The store's count of distinct subjects less these is its entity count, which
 * {@link VoidDescription#describeStore(org.apache.jena.sparql.core.DatasetGraph, NonEntitySubjects)}
 * then need not read subject by subject from TDB2's node table. Exact only if the store holds the
 * same subjects as the quads seen here. Not thread-safe.
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
