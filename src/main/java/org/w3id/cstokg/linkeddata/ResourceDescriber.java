package org.w3id.cstokg.linkeddata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.label.DisplayLabel;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * The description of one resource, gathered from every graph of a dataset: its own triples, the
 * triples of the parts it owns (IRIs under its IRI plus {@code /}, such as
 * {@code id/russian-contingent/troops}) and of the blank nodes they reach. For a page it adds the
 * incoming triples and the labels and paragraphs a reader needs. Either includes the
 * {@code rdf:Statement} reifiers of the described triples, which carry their evidence.
 * <p>Usage: {@code new ResourceDescriber(ds).describe(Ids.entity("russia"))}
 */
public final class ResourceDescriber {
    private final Dataset dataset;

    public ResourceDescriber(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The resource's triples with its parts', or empty when no graph has it as a subject. */
    public Optional<Model> describe(String iri) {
        return Txn.calculateRead(dataset, () -> outgoing(iri));
    }

    /** Whether any graph has the resource, or a part linked to it that it owns, as a subject. */
    public boolean exists(String iri) {
        return Txn.calculateRead(dataset, () ->
                dataset.asDatasetGraph().find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY).hasNext()
                        || !parts(iri).isEmpty());
    }

    private static final Node INFERRED = NodeFactory.createURI(org.w3id.cstokg.vocab.Graphs.INFERRED);

    /** What the HTML page shows: {@link #describe}, plus incoming stated triples, labels, and the paragraphs cited. */
    public Optional<Model> describeForPage(String iri) {
        return Txn.calculateRead(dataset, () -> outgoing(iri).map(model -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            // Stated links only: graph:inferred would repeat each under its super-properties.
            dsg.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createURI(iri))
                    .forEachRemaining(q -> {
                        if (!q.getGraph().equals(INFERRED)) model.getGraph().add(q.asTriple());
                    });
            EvidenceGatherer.addCitations(dsg, model);
            addCitedParts(dsg, model);
            EvidenceGatherer.addCitedDocuments(dsg, model);
            addLabels(dsg, model);
            return model;
        }));
    }

    /**
     * What a {@code /source/} page shows of a {@code kg:Article}: its triples, its citations with
     * their selectors and parts, the reifiers of the triples they state, and labels; empty when
     * the IRI is not an article.
     */
    public Optional<Model> describeDocumentEvidence(String iri) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node document = NodeFactory.createURI(iri);
            if (!dsg.contains(Node.ANY, document, RDF.type.asNode(), KG.Article.asNode())) return Optional.empty();
            Model model = ModelFactory.createDefaultModel().setNsPrefixes(KgPrefixes.mapping());
            dsg.find(Node.ANY, document, Node.ANY, Node.ANY).forEachRemaining(q -> model.getGraph().add(q.asTriple()));
            EvidenceGatherer.addDocumentEvidence(dsg, document, model);
            addLabels(dsg, model);
            return Optional.of(model);
        });
    }

    private Optional<Model> outgoing(String iri) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(KgPrefixes.mapping());
        List<Node> roots = new ArrayList<>();
        roots.add(NodeFactory.createURI(iri));
        roots.addAll(parts(iri));
        addClosure(dataset.asDatasetGraph(), roots, model);
        EvidenceGatherer.addReifiers(dataset.asDatasetGraph(), roots, model);
        return model.isEmpty() ? Optional.empty() : Optional.of(model);
    }

    /**
     * The parts the resource owns, found through the links between them (in either direction: a
     * contingent points at its troop count, a link record points back at its entity) with index
     * look-ups only, never a scan of the store.
     */
    private List<Node> parts(String iri) {
        String prefix = iri + "/";
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node root = NodeFactory.createURI(iri);
        Set<Node> found = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            dsg.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> visit(q.getObject(), prefix, found, todo));
            dsg.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> visit(q.getSubject(), prefix, found, todo));
        }
        return new ArrayList<>(found);
    }

    private static void visit(Node node, String prefix, Set<Node> found, Deque<Node> todo) {
        if (node.isURI() && node.getURI().startsWith(prefix) && found.add(node)) todo.add(node);
    }

    /** Adds the triples of each root and of every blank node reachable from them. */
    private static void addClosure(DatasetGraph dsg, List<Node> roots, Model model) {
        Deque<Node> todo = new ArrayDeque<>(roots);
        Set<Node> seen = new HashSet<>(roots);
        while (!todo.isEmpty()) {
            dsg.find(Node.ANY, todo.pop(), Node.ANY, Node.ANY).forEachRemaining(quad -> {
                model.getGraph().add(quad.asTriple());
                if (quad.getObject().isBlank() && seen.add(quad.getObject()))
                    todo.add(quad.getObject());
            });
        }
    }

    private static void addCitedParts(DatasetGraph dsg, Model model) {
        List<Node> cited = model.getGraph().find(Node.ANY, KG.inPart.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        cited.forEach(part -> dsg.find(Node.ANY, part, Node.ANY, Node.ANY)
                .forEachRemaining(quad -> model.getGraph().add(quad.asTriple())));
    }

    private static void addLabels(DatasetGraph dsg, Model model) {
        Set<Node> iris = new HashSet<>();
        model.getGraph().find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) iris.add(t.getSubject());
            if (t.getObject().isURI()) iris.add(t.getObject());
        });
        for (Node iri : iris)
            for (Node label : DisplayLabel.PROPERTIES)
                dsg.find(Node.ANY, iri, label, Node.ANY).forEachRemaining(q -> model.getGraph().add(q.asTriple()));
    }
}
