package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * What the link shares answer after any sequence of shares put, replaced and removed is what reading
 * every share would answer: which graphs have a node as an object, and whether any share states a
 * triple (two shares may state the same one; it stays stated until both are gone).
 */
class TestLinkShares {
    private static final int NODES = 6;

    @Test
    void theAnswersAreThoseOfEveryShareRead() {
        for (int seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            LinkShares shares = new LinkShares();
            Map<String, Graph> plain = new HashMap<>();
            for (int step = 0; step < 200; step++) {
                String graph = "urn:g" + random.nextInt(5);
                if (random.nextInt(4) == 0) {
                    shares.remove(graph);
                    plain.remove(graph);
                } else {
                    Graph share = share(random);
                    shares.put(graph, share);
                    plain.put(graph, share);
                }
                assertThat(shares.byGraph()).as("seed %d step %d", seed, step).isEqualTo(plain);
                for (int i = 0; i < NODES; i++) {
                    Node o = node(i);
                    Set<String> expected = new HashSet<>();
                    plain.forEach((g, s) -> { if (s.find(Node.ANY, Node.ANY, o).hasNext()) expected.add(g); });
                    assertThat(shares.withObject(o)).as("seed %d step %d object %s", seed, step, o).isEqualTo(expected);
                    for (int j = 0; j < NODES; j++) {
                        Triple t = Triple.create(node(j), node(0), o);
                        boolean stated = plain.values().stream().anyMatch(s -> s.contains(t));
                        assertThat(shares.stated(t)).as("seed %d step %d %s", seed, step, t).isEqualTo(stated);
                    }
                }
            }
        }
    }

    private static Graph share(Random random) {
        Graph share = GraphFactory.createDefaultGraph();
        for (int k = random.nextInt(4); k > 0; k--) share.add(node(random.nextInt(NODES)), node(0), node(random.nextInt(NODES)));
        return share;
    }

    private static Node node(int i) { return NodeFactory.createURI("urn:n" + i); }
}
