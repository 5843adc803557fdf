package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/** The one-pass bound that spares shallow queries a second parse, and that it is safe. */
class TestNestingBound {

    /** Constructs that nest or chain, each built to a depth. */
    private static final Map<String, IntFunction<String>> NESTED = new LinkedHashMap<>();

    static {
        NESTED.put("groups", d -> "ASK " + "{".repeat(d) + "}".repeat(d));
        NESTED.put("sub-SELECTs", d -> "SELECT * " + "{ SELECT * ".repeat(d) + "{ ?s ?p ?o }" + "}".repeat(d));
        NESTED.put("path steps", d -> "ASK { ?s <p>" + "/<p>".repeat(d) + " ?o }");
        NESTED.put("UNION branches", d -> "ASK { {?s ?p ?o}" + " UNION {?s ?p ?o}".repeat(d) + " }");
        NESTED.put("OPTIONALs", d -> "ASK { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(d) + "}".repeat(d) + " }");
        NESTED.put("sums", d -> "ASK { FILTER(1" + "+1".repeat(d) + ") }");
        NESTED.put("conjunctions", d -> "ASK { FILTER(true" + "&&true".repeat(d) + ") }");
        NESTED.put("function calls", d -> "ASK { FILTER(" + "STR(".repeat(d) + "1" + ")".repeat(d) + ") }");
        NESTED.put("blank nodes", d -> "ASK { ?s " + "<p> [ ".repeat(d) + "<p> 1" + " ]".repeat(d) + " }");
        NESTED.put("GRAPHs", d -> "ASK { " + "GRAPH ?g { ".repeat(d) + "?s ?p ?o" + " }".repeat(d) + " }");
    }

    @Test
    void countsBracketsAndOperatorsOutsideIrisStringsAndComments() {
        assertThat(NestingBound.count("SELECT * { ?s <http://a/b(c)#d> 'x{(' ; <q> \"\"\"{\n{\"\"\" } # {{{{", 100))
                .as("*, {, ; only").isEqualTo(3);
        assertThat(NestingBound.count("ASK { FILTER(?a < ?b && ?c) }", 100)).as("a less-than is no IRI").isEqualTo(4);
        assertThat(NestingBound.count("ASK { ?s :a\\#b { } }", 100)).as("an escaped # is part of a name").isEqualTo(2);
        assertThat(NestingBound.count("ASK { ?s ?p 'no end\n{{{ }", 100)).as("a short string ends with its line").isEqualTo(4);
        assertThat(NestingBound.count("{".repeat(10_000), 50)).as("counted up to the limit").isEqualTo(50);
    }

    @Test
    void measuresHowDeeplyExistsNests() {
        assertThat(NestingBound.existsDepth("ASK { ?s ?p ?o }")).isZero();
        assertThat(NestingBound.existsDepth("ASK { FILTER EXISTS { ?s ?p ?o } FILTER NOT exists { ?o ?p ?s } }"))
                .as("siblings").isEqualTo(1);
        assertThat(NestingBound.existsDepth("ASK { FILTER(EXISTS { { ?s ?p ?o } FILTER NOT EXISTS { ?o ?p ?s } }) }"))
                .as("nested, through a plain group").isEqualTo(2);
        assertThat(NestingBound.existsDepth("SELECT ?exists { ?s :EXISTS 'EXISTS {' ; <urn:EXISTS> ?exists } # EXISTS {"))
                .as("a variable, a name, a string, an IRI, a comment").isZero();
        assertThat(NestingBound.existsDepth(NESTED_EXISTS.apply(22))).isEqualTo(22);
    }

    /** EXISTS nested {@code d} deep. */
    static final IntFunction<String> NESTED_EXISTS =
            d -> "ASK { FILTER(" + "EXISTS { FILTER(".repeat(d) + "true" + ") }".repeat(d) + ") }";

    @Test
    void everyConstructJustUnderTheBoundParsesWithoutOverflow() throws Exception {
        for (var construct : NESTED.entrySet()) {
            int depth = deepestShallow(construct.getValue());
            String text = construct.getValue().apply(depth);
            assertThat(NestingBound.shallow(text)).as(construct.getKey()).isTrue();
            assertThat(NestingBound.shallow(construct.getValue().apply(depth + 1))).as(construct.getKey()).isFalse();
            assertThat(overflowsOnADefaultStack(text)).as(construct.getKey() + " at depth " + depth).isFalse();
        }
    }

    @Test
    void theShallowestOverflowIsWellAboveTheBound() throws Exception {
        IntFunction<String> groups = NESTED.get("groups");
        assertThat(overflowsOnADefaultStack(groups.apply(2_000))).as("the overflow the bound guards against").isTrue();
        assertThat(NestingBound.count(groups.apply(2 * NestingBound.SAFE), Integer.MAX_VALUE))
                .isEqualTo(2 * NestingBound.SAFE);
        assertThat(overflowsOnADefaultStack(groups.apply(2 * NestingBound.SAFE))).as("twice the bound's depth").isFalse();
    }

    @Test
    void theHostileQueriesAreNotShallowAndTheCompetencyQuestionsAre() throws IOException {
        String path = "PREFIX : <urn:x-test:> SELECT * { ?s " + ":p/".repeat(100_000) + ":p ?o }";
        String union = "PREFIX : <urn:x-test:> SELECT * { " + "{ ?s :p ?o } UNION ".repeat(40_000) + "{ ?s :p ?o } }";
        assertThat(NestingBound.shallow(path)).isFalse();
        assertThat(NestingBound.shallow(union)).isFalse();
        List<Path> questions;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            questions = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(questions).hasSizeGreaterThanOrEqualTo(14);
        for (Path question : questions) {
            assertThat(NestingBound.shallow(Files.readString(question))).as(question.toString()).isTrue();
        }
    }

    private static int deepestShallow(IntFunction<String> construct) {
        int depth = 0;
        while (NestingBound.shallow(construct.apply(depth + 1))) depth++;
        return depth;
    }

    /** Whether parsing, compiling and optimising {@code query} overflows a new thread's stack of the JVM's default size. */
    private static boolean overflowsOnADefaultStack(String query) throws InterruptedException {
        AtomicReference<Boolean> overflowed = new AtomicReference<>(false);
        Thread thread = new Thread(null, () -> {
            try {
                Algebra.optimize(Algebra.compile(QueryFactory.create(query, Syntax.syntaxARQ)));
            } catch (StackOverflowError e) {
                overflowed.set(true);
            } catch (RuntimeException e) {
                overflowed.set(ParseDepth.causedByOverflow(e));
            }
        }, "nesting-probe", 0);
        thread.start();
        thread.join();
        return overflowed.get();
    }
}
