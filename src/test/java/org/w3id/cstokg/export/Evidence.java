package org.w3id.cstokg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * Adds to a document graph the evidence nodes of {@code /work/notes/evidence-spec.md} (issue 11),
 * written here apart from the mapper: an {@code rdf:Statement} reifier with {@code kg:citation} for
 * every asserted triple, and for every citation {@code oa:hasSource}, a {@code oa:TextQuoteSelector}
 * and a {@code oa:TextPositionSelector}.
 */
final class Evidence {
    private static final Set<Node> STRUCTURE = Set.of(KG.Citation.asNode(), KG.Article.asNode(),
            KG.Paragraph.asNode(), KG.Caption.asNode());

    private Evidence() {}

    /** Adds the evidence to {@code graphIri} of {@code ds}, citing {@code fallback} where a subject has no citation; returns the reifier count. */
    static int addTo(Dataset ds, String graphIri, String articleIri, Node fallback) {
        Graph g = ds.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri));
        List<Triple> asserted = g.find().toList().stream().filter(t -> isAsserted(g, t)).toList();
        List<Triple> added = new ArrayList<>();
        int k = 0;
        for (Triple t : asserted) {
            Node citation = g.find(t.getSubject(), KG.citation.asNode(), Node.ANY).nextOptional()
                    .map(Triple::getObject).orElse(fallback);
            Node stated = NodeFactory.createURI(graphIri + "/stated/" + String.format("%016x", (long) t.hashCode() * 31 + k++));
            added.add(Triple.create(stated, RDF.type.asNode(), RDF.Statement.asNode()));
            added.add(Triple.create(stated, RDF.subject.asNode(), t.getSubject()));
            added.add(Triple.create(stated, RDF.predicate.asNode(), t.getPredicate()));
            added.add(Triple.create(stated, RDF.object.asNode(), t.getObject()));
            added.add(Triple.create(stated, KG.citation.asNode(), citation));
        }
        for (Triple c : g.find(Node.ANY, RDF.type.asNode(), KG.Citation.asNode()).toList()) {
            Node citation = c.getSubject();
            Node quote = NodeFactory.createURI(citation.getURI() + "/quote");
            Node position = NodeFactory.createURI(citation.getURI() + "/position");
            added.add(Triple.create(citation, OA.hasSource.asNode(), NodeFactory.createURI(articleIri)));
            added.add(Triple.create(citation, OA.hasSelector.asNode(), quote));
            added.add(Triple.create(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode()));
            added.add(Triple.create(quote, OA.exact.asNode(), NodeFactory.createLiteralString("the words")));
            added.add(Triple.create(citation, OA.hasSelector.asNode(), position));
            added.add(Triple.create(position, RDF.type.asNode(), OA.TextPositionSelector.asNode()));
            added.add(Triple.create(position, OA.start.asNode(), NodeFactory.createLiteralDT("10", XSDDatatype.XSDnonNegativeInteger)));
            added.add(Triple.create(position, OA.end.asNode(), NodeFactory.createLiteralDT("19", XSDDatatype.XSDnonNegativeInteger)));
        }
        added.forEach(g::add);
        return asserted.size();
    }

    /** Every triple a fact's mapping adds, less the evidence machinery and the document's own structure. */
    private static boolean isAsserted(Graph g, Triple t) {
        Node p = t.getPredicate();
        if (p.equals(KG.citation.asNode()) || p.equals(DCTerms.source.asNode())) {
            return false;
        }
        return g.find(t.getSubject(), RDF.type.asNode(), Node.ANY).toList().stream()
                .noneMatch(type -> STRUCTURE.contains(type.getObject()));
    }
}
