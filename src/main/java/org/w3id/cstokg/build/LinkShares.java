package org.w3id.cstokg.build;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Each fact file's share of the links graph, by the name of its document's graph, and what an edit
 * asks of them all: which shares have a node as an object, and whether any share states a triple.
 * Both answers are kept up to date as shares come and go, so that an edit reads the shares of the
 * files it rebuilds, not every file's.
 */
final class LinkShares {
    private final Map<String, Graph> shares = new LinkedHashMap<>();
    private final Map<Node, Set<String>> byObject = new HashMap<>();
    private final Map<Triple, Integer> sharesStating = new HashMap<>();

    /** Makes {@code share} the share of {@code graph}, in place of the one it had. */
    void put(String graph, Graph share) {
        remove(graph);
        shares.put(graph, share);
        share.find().forEachRemaining(t -> {
            byObject.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(graph);
            sharesStating.merge(t, 1, Integer::sum);
        });
    }

    /** Forgets the share of {@code graph}, if it has one. */
    void remove(String graph) {
        Graph share = shares.remove(graph);
        if (share == null) return;
        share.find().forEachRemaining(t -> {
            byObject.computeIfPresent(t.getObject(), (o, graphs) -> graphs.remove(graph) && graphs.isEmpty() ? null : graphs);
            sharesStating.computeIfPresent(t, (k, n) -> n == 1 ? null : n - 1);
        });
    }

    /** The share of {@code graph}, or null if its file states no link. */
    Graph get(String graph) { return shares.get(graph); }

    /** The graphs whose shares have {@code object} as the object of a triple. */
    Set<String> withObject(Node object) { return byObject.getOrDefault(object, Set.of()); }

    /** Whether some share states {@code triple}. */
    boolean stated(Triple triple) { return sharesStating.containsKey(triple); }

    /** Every share by graph name, in the order they came (read only). */
    Map<String, Graph> byGraph() { return Collections.unmodifiableMap(shares); }
}
