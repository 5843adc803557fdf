package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * The evidence of one article as its document graph holds it: every {@code kg:Citation} of the
 * article's parts with its words and the reified triples that cite it, every reifier, and the
 * names of the graph's resources. Usage: {@code EvidenceGraph.of(dataset, document).evidence()}.
 */
public final class EvidenceGraph {

    private final List<Reifier> reifiers;
    private final List<Evidence> evidence;
    private final NameIndex names;
    private final Model doc;
    private final Model all;

    private EvidenceGraph(List<Reifier> reifiers, List<Evidence> evidence, NameIndex names, Model doc, Model all) {
        this.reifiers = List.copyOf(reifiers);
        this.evidence = List.copyOf(evidence);
        this.names = names;
        this.doc = doc;
        this.all = all;
    }

    /** Reads the document's named graph (the union of the dataset if it has no such graph). */
    public static EvidenceGraph of(Dataset dataset, AuditedDocument document) {
        String graph = Graphs.forDocument(document.id());
        Model doc = dataset.containsNamedModel(graph) ? dataset.getNamedModel(graph) : dataset.getUnionModel();
        Model all = dataset.getUnionModel();
        List<Reifier> reifiers = reifiers(doc);
        Map<Resource, List<Reifier>> supports = new HashMap<>();
        reifiers.forEach(r -> r.citations().forEach(c -> supports.computeIfAbsent(c, k -> new ArrayList<>()).add(r)));
        DocumentParts parts = new DocumentParts(doc, document);
        List<Evidence> evidence = new ArrayList<>();
        // A list whose items each cite the same words ("the other four state heads") is counted as one list.
        Map<List<Object>, List<Reifier>> sameWords = new HashMap<>();
        for (Resource citation : citations(doc)) {
            sameWords.computeIfAbsent(sameWordsKey(citation, parts), k -> new ArrayList<>())
                    .addAll(supports.getOrDefault(citation, List.of()));
        }
        for (Resource citation : citations(doc)) {
            List<Reifier> supported = supports.getOrDefault(citation, List.of());
            StatedValues values = new StatedValues();
            supported.forEach(r -> TripleValues.read(r, values));
            TripleValues.listSizes(sameWords.get(sameWordsKey(citation, parts)), values);
            Resource inAll = citation.inModel(all);
            for (ArticlePart part : parts.of(citation)) {
                evidence.add(new Evidence(Evidence.iriOf(citation), part,
                        words(citation), position(citation), CitedSources.of(inAll), CitedSources.objects(citation, KG.citesOutlet),
                        supported, values));
            }
        }
        return new EvidenceGraph(reifiers, evidence, NameIndex.of(doc), doc, all);
    }

    /** Every asserted triple that has a reifier. */
    public List<Reifier> reifiers() {
        return reifiers;
    }

    /** Every citation of a part of the article. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The citations of {@code part}. */
    public List<Evidence> in(ArticlePart part) {
        return evidence.stream().filter(e -> e.part().equals(part)).toList();
    }

    public NameIndex names() {
        return names;
    }

    /** The citations of one fact that cite the same words in the same parts share this key. */
    private static List<Object> sameWordsKey(Resource citation, DocumentParts parts) {
        return List.of(parts.of(citation), words(citation), Names.factOf(citation.toString()));
    }

    /** The document's graph, as read. */
    Model model() {
        return doc;
    }

    /** Whether {@code r} is a {@code kg:Event}, as the document graph or the dataset's inferred types say. */
    boolean isEvent(Resource r) {
        return isA(r, KG.Event);
    }

    /** Whether {@code r} is a {@code kg:Statement} (a quotation, claim, assessment, …), as {@link #isEvent} reads types. */
    boolean isStatement(Resource r) {
        return isA(r, KG.Statement);
    }

    private boolean isA(Resource r, Resource kind) {
        for (RDFNode type : doc.listObjectsOfProperty(r, RDF.type).toList()) {
            if (type.isResource() && subClassOf(type.asResource(), kind, new HashSet<>())) return true;
        }
        return all.contains(r, RDF.type, kind);
    }

    /** Whether the graph types any of its resources as an event (else it was read without its ontology). */
    boolean knowsEvents() {
        return doc.listSubjects().toList().stream().anyMatch(this::isEvent);
    }

    private boolean subClassOf(Resource type, Resource kind, Set<Resource> seen) {
        if (type.equals(kind)) return true;
        if (!seen.add(type)) return false;
        for (RDFNode parent : all.listObjectsOfProperty(type, RDFS.subClassOf).toList()) {
            if (parent.isResource() && subClassOf(parent.asResource(), kind, seen)) return true;
        }
        return false;
    }

    private static Set<Resource> citations(Model doc) {
        Set<Resource> citations = new LinkedHashSet<>(doc.listResourcesWithProperty(RDF.type, KG.Citation).toList());
        doc.listObjectsOfProperty(KG.citation).filterKeep(RDFNode::isResource)
                .forEach(o -> citations.add(o.asResource()));
        return citations;
    }

    private static Optional<String> words(Resource citation) {
        for (Resource selector : CitedSources.objects(citation, OA.hasSelector)) {
            Statement exact = selector.getProperty(OA.exact);
            if (exact != null && exact.getObject().isLiteral()) return Optional.of(exact.getString());
        }
        return Optional.empty();
    }

    private static Optional<Span> position(Resource citation) {
        for (Resource selector : CitedSources.objects(citation, OA.hasSelector)) {
            Statement start = selector.getProperty(OA.start);
            Statement end = selector.getProperty(OA.end);
            try {
                if (start != null && end != null) return Optional.of(new Span(start.getInt(), end.getInt()));
            } catch (RuntimeException notOffsets) {
                return Optional.of(new Span(0, 0));
            }
        }
        return Optional.empty();
    }

    private static List<Reifier> reifiers(Model doc) {
        List<Reifier> found = new ArrayList<>();
        for (Resource r : doc.listResourcesWithProperty(RDF.type, RDF.Statement).toList()) {
            Resource s = r.getPropertyResourceValue(RDF.subject);
            Resource p = r.getPropertyResourceValue(RDF.predicate);
            Statement o = r.getProperty(RDF.object);
            if (s != null && p != null && p.isURIResource() && o != null) {
                found.add(new Reifier(r, s, doc.createProperty(p.getURI()), o.getObject(),
                        CitedSources.objects(r, KG.citation)));
            }
        }
        for (Statement st : doc.listStatements(null, RDF.reifies, (RDFNode) null).toList()) {
            Node term = st.getObject().asNode();
            if (!term.isTripleTerm()) continue;
            Triple t = term.getTriple();
            Property p = doc.createProperty(t.getPredicate().getURI());
            found.add(new Reifier(st.getSubject(), doc.wrapAsResource(t.getSubject()), p, doc.asRDFNode(t.getObject()),
                    CitedSources.objects(st.getSubject(), KG.citation)));
        }
        return found;
    }
}
