package org.w3id.cstokg.export;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;
import org.w3id.cstokg.vocab.TIME;

/**
 * What becomes a node, what is flattened into its referrer as attributes, and what is left out
 * of the property-graph view. The rules, and why, are in {@code docs/explorers.md}.
 */
final class NodeRules {
    /** Classes of nodes that only qualify another node: quantities, times, citations, geometries, link records. */
    static final Set<Node> PART_CLASSES = Set.of(
            SchemaDO.QuantitativeValue.asNode(), TIME.TemporalEntity.asNode(), TIME.Instant.asNode(),
            TIME.Interval.asNode(), KG.Citation.asNode(), GEO.Geometry.asNode(),
            KG.ExternalLink.asNode());

    /** Classes of document parts: referred to by citations, never nodes themselves. */
    static final Set<Node> DOCUMENT_PART_CLASSES =
            Set.of(KG.Paragraph.asNode(), KG.Caption.asNode(), KG.TableRow.asNode(), KG.DocumentPart.asNode());

    /**
     * Classes of the evidence behind the facts: one reifier ({@code rdf:Statement}) per asserted triple
     * and the selectors of a citation's words. Never nodes, never walked into: as nodes they would
     * outnumber the facts several times over and tie every fact to its citation.
     */
    static final Set<Node> EVIDENCE_CLASSES = Set.of(RDF.Statement.asNode(),
            OA.TextQuoteSelector.asNode(), OA.TextPositionSelector.asNode());

    /** Object properties kept as attributes: every fact has its document as source, and a hub would swamp layouts. */
    static final Set<Node> ATTRIBUTE_ONLY_PROPERTIES = Set.of(DCTerms.source.asNode());

    /**
     * Values of a part that are left out: its generated label, its document (the node's own says it)
     * and its unit text (the column's name says it: {@code troopCount} counts troops).
     */
    static final Set<Node> PART_NOISE = Set.of(RDFS.label.asNode(), DCTerms.source.asNode(), SchemaDO.unitText.asNode());

    private NodeRules() {}

    /** A node is an IRI with at least one class that is neither a part nor a document part, and no evidence class. */
    static boolean isNode(Graph data, Node n) {
        return n.isURI() && !isEvidence(data, n) && data.stream(n, RDF.type.asNode(), Node.ANY)
                .map(Triple::getObject)
                .anyMatch(c -> !PART_CLASSES.contains(c) && !DOCUMENT_PART_CLASSES.contains(c));
    }

    /** A part is a blank node, or an IRI that is not a node and has a part class; never evidence. */
    static boolean isPart(Graph data, Node n) {
        if (isEvidence(data, n)) {
            return false;
        }
        if (n.isBlank()) {
            return true;
        }
        return n.isURI() && !isNode(data, n) && data.stream(n, RDF.type.asNode(), Node.ANY)
                .anyMatch(t -> PART_CLASSES.contains(t.getObject()));
    }

    /** Whether {@code n} is a reifier or a selector. */
    static boolean isEvidence(Graph data, Node n) {
        return !n.isLiteral() && data.stream(n, RDF.type.asNode(), Node.ANY)
                .anyMatch(t -> EVIDENCE_CLASSES.contains(t.getObject()));
    }

    /** Whether {@code n} is a {@code kg:Citation}, read for {@link Sources} rather than flattened. */
    static boolean isCitation(Graph data, Node n) {
        return !n.isLiteral() && data.contains(n, RDF.type.asNode(), KG.Citation.asNode());
    }

    /** Whether a triple between two nodes becomes an edge. */
    static boolean isEdgeProperty(Node p) {
        return !p.equals(RDF.type.asNode()) && !ATTRIBUTE_ONLY_PROPERTIES.contains(p);
    }

    /** Whether a node's own triple is an edge: its object is a node and its property not attribute-only. */
    static boolean isEdge(Triple t, Set<Node> nodes) {
        return nodes.contains(t.getObject()) && isEdgeProperty(t.getPredicate());
    }
}
