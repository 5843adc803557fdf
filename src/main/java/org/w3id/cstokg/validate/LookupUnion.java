package org.w3id.cstokg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Jena's {@link Union} that drops the right graph's duplicates by asking the left graph, as the
 * checks use it (a chunk's facts on the left; the ontology, the context or the shapes on the
 * right, usually much smaller). The answer of {@link #find} is the same, in the same order: the
 * left graph's triples, then those of the right graph the left one does not hold. Only the way
 * duplicates are found differs: Jena's union records every triple the left graph returns in a hash
 * set, which on a chunk of a large build was most of the QC queries' time; this one makes one
 * lookup in the left graph per triple of the right one (the alternative Jena's own source leaves
 * in a comment). The left graph must compare terms, as {@code GraphFactory.createDefaultGraph()}'s
 * do: a graph that compares literals by value would hide a right triple whose literal is only
 * equal in value ({@code "01"^^xsd:integer} against {@code "1"^^xsd:integer}), which Jena's union
 * keeps.
 */
public final class LookupUnion extends Union {
    public LookupUnion(Graph left, Graph right) {
        super(left, right);
    }

    @Override
    protected ExtendedIterator<Triple> _graphBaseFind(Triple pattern) {
        return L.find(pattern).andThen(rejecting(R.find(pattern), L));
    }
}
