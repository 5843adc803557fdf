package org.w3id.cstokg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Jena's {@link Union} for a large left graph and a small right one, as the checks use it (a
 * chunk's facts, then the ontology, the context or the shapes). The answer of {@link #find} is the
 * same, in the same order: the left graph's triples, then those of the right graph the left one
 * does not hold. Only the way duplicates are found differs: Jena's union records every triple the
 * left graph returns in a hash set, which on a chunk of a large build was most of the QC queries'
 * time; this one asks the left graph about each triple of the right one instead, so a find costs
 * one lookup per triple of the small side (the alternative Jena's own source leaves in a comment).
 */
public final class LookupUnion extends Union {
    public LookupUnion(Graph large, Graph small) {
        super(large, small);
    }

    @Override
    protected ExtendedIterator<Triple> _graphBaseFind(Triple pattern) {
        return L.find(pattern).andThen(R.find(pattern).filterDrop(L::contains));
    }
}
