package org.w3id.cstokg.export;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.KG;
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

    /** Object properties kept as attributes: every fact has its document as source, and a hub would swamp layouts. */
    static final Set<Node> ATTRIBUTE_ONLY_PROPERTIES = Set.of(DCTerms.source.asNode());

    private NodeRules() {}

    /** A node is an IRI with at least one class that is neither a part nor a document part. */
    static boolean isNode(Graph data, Node n) {
        return n.isURI() && data.stream(n, RDF.type.asNode(), Node.ANY)
                .map(t -> t.getObject())
                .anyMatch(c -> !PART_CLASSES.contains(c) && !DOCUMENT_PART_CLASSES.contains(c));
    }

    /** A part is a blank node, or an IRI that is not a node and has a part class. */
    static boolean isPart(Graph data, Node n) {
        if (n.isBlank()) {
            return true;
        }
        return n.isURI() && !isNode(data, n) && data.stream(n, RDF.type.asNode(), Node.ANY)
                .anyMatch(t -> PART_CLASSES.contains(t.getObject()));
    }

    /** Whether a triple between two nodes becomes an edge. */
    static boolean isEdgeProperty(Node p) {
        return !p.equals(RDF.type.asNode()) && !ATTRIBUTE_ONLY_PROPERTIES.contains(p);
    }
}
