package org.w3id.cstokg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link LookupUnion} finds what Jena's {@link Union} finds, in the same order, each triple once:
 * IRIs, blank nodes, literals equal in value but not in term, and a union inside a union.
 */
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

    @Test
    void keepsBlankNodesAndLiteralsEqualOnlyInValueAsJenasUnionDoes() {
        Node blank = NodeFactory.createBlankNode();
        Node one = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
        Node oneAgain = NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger);
        Graph left = graph(Triple.create(n("a"), n("p"), one), Triple.create(blank, n("p"), n("a")));
        Graph right = graph(Triple.create(n("a"), n("p"), oneAgain), Triple.create(blank, n("p"), n("a")));
        Graph shapes = graph(Triple.create(n("a"), n("p"), one), t("s", "p", "o"));
        Graph ours = new LookupUnion(new LookupUnion(left, right), shapes);
        Graph jenas = new Union(new Union(left, right), shapes);
        for (Triple pattern : List.of(Triple.ANY, Triple.create(n("a"), n("p"), Node.ANY), Triple.create(blank, Node.ANY, Node.ANY))) {
            assertThat(ours.find(pattern).toList()).as("find %s", pattern).containsExactlyElementsOf(jenas.find(pattern).toList());
        }
        assertThat(ours.find(Triple.ANY).toList())
                .containsOnlyOnce(Triple.create(n("a"), n("p"), one), Triple.create(blank, n("p"), n("a")))
                .contains(Triple.create(n("a"), n("p"), oneAgain));
        assertThat(ours.size()).isEqualTo(4).isEqualTo(jenas.size());
    }
}
