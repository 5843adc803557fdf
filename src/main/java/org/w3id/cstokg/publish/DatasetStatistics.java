package org.w3id.cstokg.publish;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.LinkTarget;

/**
 * The counts a VoID description states, computed from a dataset with SPARQL: distinct triples
 * over every named graph except the description's own ({@link Graphs#VOID}), entities (subjects
 * in {@code id/}), instances per class, triples per property, and links per external target.
 */
record DatasetStatistics(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
                         Map<LinkTarget, Map<String, Long>> links) {

    private static final String TRIPLES = """
            SELECT (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void) }
            }""";
    private static final String ENTITIES = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void && isIRI(?s) && STRSTARTS(STR(?s), ?space))
            }""";
    private static final String CLASSES = """
            SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?key } FILTER(?g != ?void) }
            GROUP BY ?key ORDER BY ?key""";
    private static final String PROPERTIES = """
            SELECT ?key (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?key ?o WHERE { GRAPH ?g { ?s ?key ?o } FILTER(?g != ?void) }
            } GROUP BY ?key ORDER BY ?key""";
    private static final String LINKS = """
            SELECT ?key (COUNT(*) AS ?n) WHERE {
              GRAPH ?links { ?s ?key ?o }
              FILTER(?key IN (?sameAs, ?exactMatch, ?closeMatch) && isIRI(?o) && STRSTARTS(STR(?o), ?space))
            } GROUP BY ?key ORDER BY ?key""";

    /** Counts everything in one read transaction. */
    static DatasetStatistics of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<LinkTarget, Map<String, Long>> links = new EnumMap<>(LinkTarget.class);
            for (LinkTarget target : LinkTarget.values())
                links.put(target, counts(dataset, linkQuery(target)));
            return new DatasetStatistics(count(dataset, query(TRIPLES)), count(dataset, entityQuery()),
                    counts(dataset, query(CLASSES)), counts(dataset, query(PROPERTIES)), links);
        });
    }

    private static ParameterizedSparqlString query(String text) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        query.setIri("void", Graphs.VOID);
        return query;
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
