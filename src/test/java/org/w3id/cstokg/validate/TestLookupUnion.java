package org.w3id.cstokg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class TestLookupUnion {
    private static final String EX = "http://example.org/";

    private static Node n(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Triple t(String s, String p, String o) {
        return Triple.create(n(s), n(p), n(o));
    }

    private static Graph graph(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple triple : triples) g.add(triple);
        return g;
    }

    @Test
    void findsWhatJenasUnionFindsInTheSameOrderWithSharedTriplesOnce() {
        Graph large = graph(t("a", "p", "b"), t("a", "q", "c"), t("b", "p", "c"), t("shared", "p", "x"));
        Graph small = graph(t("shared", "p", "x"), t("a", "p", "d"), t("c", "q", "a"));
        List<Triple> patterns = List.of(
                Triple.ANY,
                Triple.create(n("a"), Node.ANY, Node.ANY),
                Triple.create(Node.ANY, n("p"), Node.ANY),
                Triple.create(n("shared"), n("p"), n("x")),
                Triple.create(Node.ANY, n("q"), n("a")),
                Triple.create(n("nothing"), Node.ANY, Node.ANY));
        for (Triple pattern : patterns) {
            assertThat(new LookupUnion(large, small).find(pattern).toList())
                    .as("find %s", pattern)
                    .containsExactlyElementsOf(new Union(large, small).find(pattern).toList());
        }
        assertThat(new LookupUnion(large, small).find(Triple.ANY).toList())
                .hasSize(6)
                .containsOnlyOnce(t("shared", "p", "x"))
                .contains(t("a", "p", "d"), t("c", "q", "a"));
        assertThat(new LookupUnion(large, small).contains(t("c", "q", "a"))).isTrue();
    }
}
