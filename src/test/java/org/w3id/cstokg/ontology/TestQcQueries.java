package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code queries/qc/*.rq} violation queries: each opens with a comment saying why its rule
 * exists, finds nothing in the clean fixture, and finds exactly what each mutation's header says.
 * They run, as on the built graph, on the data together with the ontology.
 */
class TestQcQueries {
    private static final Model ONTOLOGY = OntologyFiles.ontology();

    static List<Mutation> mutations() {
        return Mutation.all();
    }

    static Map<String, Query> queries() {
        Map<String, Query> queries = new TreeMap<>();
        for (Path file : OntologyFiles.scan(OntologyFiles.QC_QUERIES, 1, ".rq")) {
            queries.put(file.getFileName().toString().replaceFirst("\\.rq$", ""), QueryFactory.read(file.toString()));
        }
        return queries;
    }

    @Test
    void everyQueryIsASelectThatSaysWhyItsRuleExists() throws IOException {
        for (Path file : OntologyFiles.scan(OntologyFiles.QC_QUERIES, 1, ".rq")) {
            assertThat(Files.readString(file)).as("%s", file).startsWith("# Why: ");
            assertThat(QueryFactory.read(file.toString()).isSelectType()).as("%s is a SELECT", file).isTrue();
        }
    }

    @Test
    void cleanFixtureViolatesNothing() {
        assertThat(rowCounts(Mutation.clean())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutationViolatesExactlyWhatItSays(Mutation mutation) {
        assertThat(rowCounts(mutation.apply())).isEqualTo(mutation.qc());
    }

    @Test
    void everyQueryHasANegativeTwin() {
        Set<String> violated = new HashSet<>();
        mutations().forEach(m -> violated.addAll(m.qc().keySet()));
        assertThat(violated).containsExactlyInAnyOrderElementsOf(queries().keySet());
    }

    /** Rows per query that returns any, for the data with the ontology. */
    private static Map<String, Integer> rowCounts(Model data) {
        Model union = ModelFactory.createDefaultModel().add(data).add(ONTOLOGY);
        Map<String, Integer> counts = new TreeMap<>();
        queries().forEach((name, query) -> {
            try (QueryExecution qe = QueryExecution.create(query, union)) {
                int rows = ResultSetFormatter.consume(qe.execSelect());
                if (rows > 0) counts.put(name, rows);
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        });
        return counts;
    }
}
