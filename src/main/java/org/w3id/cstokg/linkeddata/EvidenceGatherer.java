package org.w3id.cstokg.linkeddata;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * Gathers the evidence of described triples from a dataset: their {@code rdf:Statement} reifiers
 * (a Concise Bounded Description includes the reifications of its statements), and for a page the
 * citations these point at with their selectors and documents. Index look-ups only.
 */
final class EvidenceGatherer {
    private EvidenceGatherer() {}

    /** Adds every reifier whose {@code rdf:subject} is one of {@code subjects}, with all its triples. */
    static void addReifiers(DatasetGraph dsg, Collection<Node> subjects, Model model) {
        Set<Node> reifiers = new HashSet<>();
        for (Node subject : subjects)
            dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), subject).forEachRemaining(q -> reifiers.add(q.getSubject()));
        reifiers.forEach(r -> addSubject(dsg, r, model));
    }

    /** Adds the triples of every citation the model points at and of their selectors. */
    static void addCitations(DatasetGraph dsg, Model model) {
        List<Node> citations = objects(model, KG.citation.asNode());
        citations.forEach(c -> addSubject(dsg, c, model));
        objects(model, OA.hasSelector.asNode()).forEach(s -> addSubject(dsg, s, model));
    }

    /**
     * Adds the triples of the documents the model's citations cite: their {@code oa:hasSource}, or,
     * for a citation without words (which has none), the document its part is {@code dcterms:isPartOf}.
     */
    static void addCitedDocuments(DatasetGraph dsg, Model model) {
        Set<Node> documents = new HashSet<>(objects(model, OA.hasSource.asNode()));
        for (Node part : objects(model, KG.inPart.asNode()))
            dsg.find(Node.ANY, part, DCTerms.isPartOf.asNode(), Node.ANY).forEachRemaining(q -> documents.add(q.getObject()));
        documents.forEach(d -> addSubject(dsg, d, model));
    }

    /** Adds the citations of a document, their selectors and parts, and the reifiers that cite them. */
    static void addDocumentEvidence(DatasetGraph dsg, Node document, Model model) {
        Set<Node> citations = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, OA.hasSource.asNode(), document).forEachRemaining(q -> citations.add(q.getSubject()));
        for (Node citation : citations) {
            addSubject(dsg, citation, model);
            dsg.find(Node.ANY, Node.ANY, KG.citation.asNode(), citation).forEachRemaining(q -> {
                if (dsg.contains(Node.ANY, q.getSubject(), RDF.subject.asNode(), Node.ANY)) addSubject(dsg, q.getSubject(), model);
            });
        }
        objects(model, OA.hasSelector.asNode()).forEach(s -> addSubject(dsg, s, model));
        objects(model, KG.inPart.asNode()).forEach(p -> addSubject(dsg, p, model));
    }

    private static void addSubject(DatasetGraph dsg, Node subject, Model model) {
        dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> model.getGraph().add(q.asTriple()));
    }

    private static List<Node> objects(Model model, Node predicate) {
        return model.getGraph().find(Node.ANY, predicate, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isURI() || o.isBlank()).toList();
    }
}
