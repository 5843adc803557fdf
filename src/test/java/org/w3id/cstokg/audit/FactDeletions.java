package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgPrefixes;
import org.w3id.cstokg.vocab.OA;
import org.w3id.cstokg.vocab.TIME;

/**
 * The facts one could delete from the fact file behind a document graph of the evidence spec's
 * shape (RDF 1.2 reifiers), each as the triples it maps to: a whole fact no other fact refers to,
 * one field (with its value's own nodes: a count, a time), or one item of a list. What a fact
 * file cannot lose on its own stays: types and names (required), and what a key derives
 * (a count's unit, a time's UTC instant and its instant node). Deleting one also drops the
 * reifiers of its triples and the citations no remaining triple cites.
 */
final class FactDeletions {

    private static final Set<Property> KEPT = Set.of(RDF.type, RDFS.label,
            org.apache.jena.rdf.model.ResourceFactory.createProperty(KgPrefixes.SCHEMA + "unitText"),
            KG.utc, TIME.inXSDDate, TIME.inXSDDateTimeStamp);
    /** Properties one key writes together: the key's name. */
    private static final Map<Property, String> KEYS = Map.of(KG.date, "time", TIME.hasTime, "time", KG.after, "after",
            KG.maxDelay, "after", KG.delay, "after");

    private FactDeletions() {}

    /** One deletion: what it deletes, and the triples it removes. */
    record Deletion(String name, List<Triple> triples) {
        void applyTo(Model graph) {
            triples.forEach(t -> remove(graph, t));
            dropUncitedCitations(graph);
        }
    }

    static List<Deletion> of(Model graph) {
        Map<String, List<Triple>> units = new LinkedHashMap<>();
        List<Triple> asserted = asserted(graph);
        for (Triple t : asserted) {
            Resource subject = graph.wrapAsResource(t.getSubject());
            Property p = graph.createProperty(t.getPredicate().getURI());
            if (KEPT.contains(p) || isOwnedByAnother(graph, subject) && !isFlag(p)) continue;
            String key = KEYS.getOrDefault(p, Names.shown(p) + " " + Names.shown(graph.asRDFNode(t.getObject())));
            List<Triple> unit = units.computeIfAbsent(Names.shown(subject) + ": " + key, k -> new ArrayList<>());
            unit.add(t);
            if (t.getObject().isURI() || t.getObject().isBlank()) {
                Resource object = graph.wrapAsResource(t.getObject());
                if (TripleValues.isOwnNode(subject, object)) unit.addAll(subtree(graph, object, asserted));
            }
        }
        List<Deletion> deletions = new ArrayList<>();
        for (Resource fact : unreferencedFacts(graph, asserted)) {
            List<Triple> all = new ArrayList<>();
            asserted.stream().filter(t -> t.getSubject().equals(fact.asNode())).forEach(t -> {
                all.add(t);
                if (!t.getObject().isLiteral() && TripleValues.isOwnNode(fact, graph.wrapAsResource(t.getObject()))) {
                    all.addAll(subtree(graph, graph.wrapAsResource(t.getObject()), asserted));
                }
            });
            deletions.add(new Deletion("the whole fact " + Names.shown(fact), all));
        }
        units.forEach((name, triples) -> deletions.add(new Deletion(name, triples)));
        return deletions;
    }

    private static boolean isFlag(Property p) {
        return p.equals(KG.approximate) || p.equals(KG.estimated) || p.equals(KG.minExclusive)
                || p.equals(KG.maxExclusive) || p.equals(TIME.timeZone);
    }

    private static boolean isOwnedByAnother(Model graph, Resource node) {
        return graph.listStatements(null, null, node).toList().stream()
                .anyMatch(s -> TripleValues.isOwnNode(s.getSubject(), node) && !s.getPredicate().equals(RDF.reifies));
    }

    private static List<Triple> subtree(Model graph, Resource node, List<Triple> asserted) {
        List<Triple> found = new ArrayList<>();
        asserted.stream().filter(t -> t.getSubject().equals(node.asNode())).forEach(found::add);
        return found;
    }

    /** Facts with evidence that no asserted triple of another fact names as its object. */
    private static List<Resource> unreferencedFacts(Model graph, List<Triple> asserted) {
        Set<Node> referenced = new HashSet<>();
        asserted.forEach(t -> {
            if (!t.getSubject().equals(t.getObject())) referenced.add(t.getObject());
        });
        graph.listObjectsOfProperty(KG.citesOutlet).forEach(o -> referenced.add(o.asNode()));
        return graph.listSubjectsWithProperty(KG.citation).toList().stream()
                .filter(r -> r.isURIResource() && !referenced.contains(r.asNode()) && !r.hasProperty(RDF.reifies))
                .toList();
    }

    /** Every triple that has a reifier. */
    private static List<Triple> asserted(Model graph) {
        List<Triple> triples = new ArrayList<>();
        graph.listStatements(null, RDF.reifies, (RDFNode) null).forEach(s -> triples.add(s.getObject().asNode().getTriple()));
        return triples.stream().distinct().toList();
    }

    private static void remove(Model graph, Triple t) {
        graph.getGraph().delete(t);
        Node term = NodeFactory.createTripleTerm(t);
        for (Statement s : graph.listStatements(null, RDF.reifies, graph.asRDFNode(term)).toList()) {
            graph.removeAll(s.getSubject(), null, null);
        }
    }

    private static void dropUncitedCitations(Model graph) {
        Set<RDFNode> cited = new HashSet<>();
        graph.listStatements(null, RDF.reifies, (RDFNode) null)
                .forEach(s -> s.getSubject().listProperties(KG.citation).forEach(c -> cited.add(c.getObject())));
        for (Resource citation : graph.listSubjectsWithProperty(RDF.type, KG.Citation).toList()) {
            if (cited.contains(citation)) continue;
            citation.listProperties(OA.hasSelector).toList().forEach(s -> graph.removeAll(s.getResource(), null, null));
            graph.removeAll(citation, null, null);
            graph.removeAll(null, KG.citation, citation);
        }
        for (Resource fact : graph.listSubjectsWithProperty(DCTerms.source).toList()) {
            if (!fact.hasProperty(KG.citation)) graph.removeAll(fact, null, null);
        }
    }
}
