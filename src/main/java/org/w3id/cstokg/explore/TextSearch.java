package org.w3id.cstokg.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.w3id.cstokg.vocab.TEXT;

/**
 * Search-as-you-type over the full-text index: each word of the user's text, Lucene-escaped, is a
 * prefix that must occur ({@code kaz astan} → {@code kaz* AND astan*}), and the Lucene string is
 * bound into a fixed SPARQL query as a literal, never spliced into its text.
 * Usage: {@code TextSearch.problem(text).isEmpty() ? new TextSearch(ds).search(text) : …}.
 */
public final class TextSearch {
    /** Longest search text accepted, in characters. */
    public static final int MAX_LENGTH = 100;
    /** Most words accepted. */
    public static final int MAX_WORDS = 8;
    /** Most subjects asked of the index: enough to still fill a page after dropping non-nodes. */
    static final int INDEX_LIMIT = 50;

    /**
     * The fixed query, parsed by the first search rather than when the server is built; the property
     * function's IRI comes from the vocabulary, never from a request.
     */
    private static final class Fixed {
        static final Query QUERY = textQuery();

        private static Query textQuery() {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(
                    "SELECT ?s (MAX(?score) AS ?best) WHERE { (?s ?score) ?textQuery (?lucene ?limit) } "
                            + "GROUP BY ?s ORDER BY DESC(?best) ?s");
            pss.setIri("textQuery", TEXT.query.getURI());
            return pss.asQuery();
        }
    }

    private final Dataset dataset;

    public TextSearch(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Why {@code text} cannot be searched for, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) return Optional.of("Missing search text: add ?q=WORDS");
        if (text.length() > MAX_LENGTH) return Optional.of("Search text longer than " + MAX_LENGTH + " characters");
        if (text.codePoints().anyMatch(Character::isISOControl)) return Optional.of("Search text holds a control character");
        if (words(text).size() > MAX_WORDS) return Optional.of("Search text has more than " + MAX_WORDS + " words");
        return Optional.empty();
    }

    /** The Lucene query for a valid search text. */
    static String lucene(String text) {
        return words(text).stream().map(w -> QueryParserBase.escape(w) + "*").collect(Collectors.joining(" AND "));
    }

    /** IRIs of the subjects whose indexed text matches {@code text}, best first; {@code text} must have no {@link #problem}. */
    public List<String> search(String text) {
        problem(text).ifPresent(p -> { throw new IllegalArgumentException(p); });
        List<String> iris = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(Fixed.QUERY)
                    .substitution("lucene", ResourceFactory.createStringLiteral(lucene(text)))
                    .substitution("limit", ResourceFactory.createTypedLiteral(INDEX_LIMIT))
                    .build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    if (row.get("s") != null && row.get("s").isURIResource()) iris.add(row.getResource("s").getURI());
                }
            }
        });
        return iris;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
