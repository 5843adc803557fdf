package org.w3id.cstokg.describe;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.vocabulary.RDF;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.store.TdbStorage;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.LinkTarget;

/**
 * The counts a VoID description states, computed from a dataset with SPARQL or from a store's
 * indexes: distinct triples over every named graph (the union default graph the endpoint
 * serves, the inferred graph and the description's own {@link Graphs#VOID} included), entities
 * (subjects in {@code id/}), instances per class, triples per property, links per external
 * target, and each named graph's own counts.
 */
record DatasetStatistics(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
                         Map<LinkTarget, Map<String, Long>> links, Map<String, GraphStatistics> graphs) {

    /** One named graph's triples, distinct subjects and distinct properties. */
    record GraphStatistics(long triples, long subjects, long properties) {}

    private static final String TRIPLES = """
            SELECT (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }
            }""";
    private static final String ENTITIES = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space))
            }""";
    private static final String CLASSES = """
            SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?key } }
            GROUP BY ?key ORDER BY ?key""";
    private static final String PROPERTIES = """
            SELECT ?key (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?key ?o WHERE { GRAPH ?g { ?s ?key ?o } }
            } GROUP BY ?key ORDER BY ?key""";
    private static final String LINKS = """
            SELECT ?key (COUNT(*) AS ?n) WHERE {
              GRAPH ?links { ?s ?key ?o }
              FILTER(?key IN (?sameAs, ?exactMatch, ?closeMatch) && isIRI(?o) && STRSTARTS(STR(?o), ?space))
            } GROUP BY ?key ORDER BY ?key""";
    private static final String GRAPHS = """
            SELECT ?g (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s) (COUNT(DISTINCT ?p) AS ?p) WHERE {
              GRAPH ?g { ?s ?p ?o }
            } GROUP BY ?g ORDER BY ?g""";

    /**
     * The same counts from a TDB2 store, in two index scans and without holding the triples: a
     * scan of all quads comes in subject-predicate-object-graph order, and one of the
     * {@code rdf:type} quads in predicate-object-subject-graph order, so duplicates of a triple
     * across graphs are adjacent. The caller holds a transaction.
     */
    static DatasetStatistics ofStore(DatasetGraph store) {
        return ofStore(store, null);
    }

    /** {@link #ofStore(DatasetGraph)} as if the store had no graph {@code except} (if not null). */
    static DatasetStatistics ofStore(DatasetGraph store, Node except) {
        return ofStore(store, except, null);
    }

    /**
     * {@link #ofStore(DatasetGraph, Node)}, with the entities counted as the distinct subjects less
     * {@code others} (if not null: the store's subjects that are not entities, seen as its quads were
     * sent to it), instead of by reading each distinct subject from the node table.
     */
    static DatasetStatistics ofStore(DatasetGraph store, Node except, NonEntitySubjects others) {
        DatasetGraphTDB tdb = TdbStorage.under(store).orElse(null);
        if (tdb == null) throw new IllegalArgumentException("not a TDB2 store: " + store.getClass().getName());
        return ofNodeIds(tdb, links(store), except, others);
    }

    /**
     * These counts, of {@code store} without graph {@link Graphs#VOID}, with that graph's triples
     * {@code description} added: a triple, class instance or entity counts once more only if no
     * other graph of the store holds it (looked up triple by triple, so the description is counted
     * without another scan of the store); links are not in it. The caller holds a transaction.
     */
    DatasetStatistics plus(Graph description, DatasetGraph store) {
        Node voidGraph = NodeFactory.createURI(Graphs.VOID);
        long addedTriples = 0;
        Map<String, Long> addedClasses = new TreeMap<>(classes);
        Map<String, Long> addedProperties = new TreeMap<>(properties);
        Set<Node> subjects = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        long addedEntities = 0;
        for (var it = description.find(); it.hasNext(); ) {
            Triple t = it.next();
            Node s = t.getSubject();
            Node p = t.getPredicate();
            properties.add(p);
            if (subjects.add(s) && s.isURI() && s.getURI().startsWith(Ids.NS) && !elsewhere(store, voidGraph, s, Node.ANY, Node.ANY)) {
                addedEntities++;
            }
            if (elsewhere(store, voidGraph, s, p, t.getObject())) continue;
            addedTriples++;
            if (p.isURI()) addedProperties.merge(p.getURI(), 1L, Long::sum);
            if (p.equals(RDF.type.asNode()) && t.getObject().isURI()) addedClasses.merge(t.getObject().getURI(), 1L, Long::sum);
        }
        Map<String, GraphStatistics> withGraph = new TreeMap<>(graphs);
        if (description.size() > 0) {
            withGraph.put(Graphs.VOID, new GraphStatistics(description.size(), subjects.size(), properties.size()));
        }
        return new DatasetStatistics(triples + addedTriples, entities + addedEntities, addedClasses, addedProperties, links, withGraph);
    }

    /** Whether a graph of the store other than {@code except} holds a quad matching the pattern. */
    private static boolean elsewhere(DatasetGraph store, Node except, Node s, Node p, Node o) {
        for (var it = store.find(Node.ANY, s, p, o); it.hasNext(); ) {
            if (!it.next().getGraph().equals(except)) return true;
        }
        return false;
    }

    /**
     * The scans on TDB2's node identifiers: a node is read from the node table when the subject
     * changes (is it an entity?), unless the subjects that are not entities are known ({@code
     * others}), and once per predicate and class at the end. Reading the subjects is most of the
     * scan's time: at N = 1,000 (1,443,570 distinct subjects) 16–72 s instead of 2.4–7 s.
     */
    private static DatasetStatistics ofNodeIds(DatasetGraphTDB tdb, Map<LinkTarget, Map<String, Long>> links, Node except,
                                               NonEntitySubjects others) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId any = NodeId.NodeIdAny;
        NodeId skipped = except == null ? null : nodes.getNodeIdForNode(except);
        long triples = 0;
        long subjects = 0;
        long entities = 0;
        Map<NodeId, Long> properties = new java.util.HashMap<>();
        PerGraph perGraph = new PerGraph();
        NodeId s0 = null, p0 = null, o0 = null;
        for (Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.tuple(any, any, any, any)); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            if (q.get(0).equals(skipped)) continue;
            NodeId s = q.get(1), p = q.get(2), o = q.get(3);
            perGraph.add(q.get(0), s, p);
            if (s.equals(s0) && p.equals(p0) && o.equals(o0)) continue;
            triples++;
            properties.merge(p, 1L, Long::sum);
            if (!s.equals(s0)) {
                subjects++;
                if (others == null) {
                    Node subject = nodes.getNodeForNodeId(s);
                    if (subject.isURI() && subject.getURI().startsWith(Ids.NS)) entities++;
                }
            }
            s0 = s;
            p0 = p;
            o0 = o;
        }
        if (others != null) entities = subjects - others.count();
        Map<NodeId, Long> classes = new java.util.HashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (!NodeId.isDoesNotExist(type)) {
            NodeId c0 = null;
            NodeId i0 = null;
            for (Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.tuple(any, any, type, any)); it.hasNext(); ) {
                Tuple<NodeId> q = it.next();
                if (q.get(0).equals(skipped) || q.get(3).equals(c0) && q.get(1).equals(i0)) continue;
                c0 = q.get(3);
                i0 = q.get(1);
                classes.merge(c0, 1L, Long::sum);
            }
        }
        return new DatasetStatistics(triples, entities, byIri(classes, nodes), byIri(properties, nodes), links,
                perGraph.byIri(nodes));
    }

    /** Per named graph, from quads in subject order: triples, subjects (counted when the subject changes), properties. */
    private static final class PerGraph {
        private final Map<NodeId, Long> triples = new java.util.HashMap<>();
        private final Map<NodeId, Long> subjects = new java.util.HashMap<>();
        private final Map<NodeId, java.util.Set<NodeId>> properties = new java.util.HashMap<>();
        private final java.util.Set<NodeId> graphsOfSubject = new java.util.HashSet<>();
        private NodeId subject;

        void add(NodeId g, NodeId s, NodeId p) {
            if (!s.equals(subject)) {
                graphsOfSubject.clear();
                subject = s;
            }
            triples.merge(g, 1L, Long::sum);
            if (graphsOfSubject.add(g)) subjects.merge(g, 1L, Long::sum);
            properties.computeIfAbsent(g, k -> new java.util.HashSet<>()).add(p);
        }

        Map<String, GraphStatistics> byIri(NodeTable nodes) {
            Map<String, GraphStatistics> out = new TreeMap<>();
            triples.forEach((g, n) -> out.put(nodes.getNodeForNodeId(g).getURI(),
                    new GraphStatistics(n, subjects.get(g), properties.get(g).size())));
            return out;
        }
    }

    private static Map<String, Long> byIri(Map<NodeId, Long> counts, NodeTable nodes) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((id, n) -> {
            Node node = nodes.getNodeForNodeId(id);
            if (node.isURI()) out.merge(node.getURI(), n, Long::sum);
        });
        return out;
    }

    private static Map<LinkTarget, Map<String, Long>> links(DatasetGraph store) {
        Map<LinkTarget, Map<String, Long>> links = new EnumMap<>(LinkTarget.class);
        Node linkGraph = NodeFactory.createURI(Graphs.LINKS);
        for (LinkTarget target : LinkTarget.values()) {
            Map<String, Long> counts = new TreeMap<>();
            for (Node p : List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
                store.find(linkGraph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI() && q.getObject().getURI().startsWith(target.uriSpace()))
                        counts.merge(p.getURI(), 1L, Long::sum);
                });
            }
            links.put(target, counts);
        }
        return links;
    }

    /** Counts everything in one read transaction. */
    static DatasetStatistics of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<LinkTarget, Map<String, Long>> links = new EnumMap<>(LinkTarget.class);
            for (LinkTarget target : LinkTarget.values())
                links.put(target, counts(dataset, linkQuery(target)));
            return new DatasetStatistics(count(dataset, query(TRIPLES)), count(dataset, entityQuery()),
                    counts(dataset, query(CLASSES)), counts(dataset, query(PROPERTIES)), links, graphs(dataset));
        });
    }

    private static Map<String, GraphStatistics> graphs(Dataset dataset) {
        Map<String, GraphStatistics> graphs = new TreeMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(GRAPHS).build()) {
            exec.execSelect().forEachRemaining((QuerySolution row) -> graphs.put(row.getResource("g").getURI(),
                    new GraphStatistics(row.getLiteral("t").getLong(), row.getLiteral("s").getLong(),
                            row.getLiteral("p").getLong())));
        }
        return graphs;
    }

    private static ParameterizedSparqlString query(String text) {
        return new ParameterizedSparqlString(text);
    }

    private static ParameterizedSparqlString entityQuery() {
        ParameterizedSparqlString query = query(ENTITIES);
        query.setLiteral("space", Ids.NS);
        return query;
    }

    private static ParameterizedSparqlString linkQuery(LinkTarget target) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(LINKS);
        query.setIri("links", Graphs.LINKS);
        query.setIri("sameAs", OWL.sameAs.getURI());
        query.setIri("exactMatch", SKOS.exactMatch.getURI());
        query.setIri("closeMatch", SKOS.closeMatch.getURI());
        query.setLiteral("space", target.uriSpace());
        return query;
    }

    private static long count(Dataset dataset, ParameterizedSparqlString query) {
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** Rows of (?key IRI, ?n) as an ordered map. */
    private static Map<String, Long> counts(Dataset dataset, ParameterizedSparqlString query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                if (row.get("key").isURIResource())
                    counts.put(row.getResource("key").getURI(), row.getLiteral("n").getLong());
            });
        }
        return counts;
    }

    /** All links to one target, whatever their predicate. */
    long linkCount(LinkTarget target) {
        return links.get(target).values().stream().mapToLong(Long::longValue).sum();
    }
}
