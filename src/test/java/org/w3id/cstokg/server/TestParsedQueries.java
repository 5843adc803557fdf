package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.Test;

/** What {@link ParsedQueries} gives back is what Jena's parser gives, a copy of its own each time. */
class TestParsedQueries {
    private static final String BASE = "http://example.org/base/";

    static List<Path> projectQueries() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void everyQueryOfTheProjectComesBackAsJenaParsesIt() throws IOException {
        ParsedQueries cache = new ParsedQueries(BASE);
        List<Path> queries = projectQueries();
        assertThat(queries).hasSizeGreaterThan(10);
        for (Path file : queries) {
            String text = Files.readString(file);
            Query fresh = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            ParsedQueries.Parsed first = cache.parse(text);
            ParsedQueries.Parsed again = cache.parse(text);
            assertThat(first.query()).as("%s parsed", file).isEqualTo(fresh);
            assertThat(again.query()).as("%s from memory", file).isEqualTo(fresh).isNotSameAs(first.query());
            assertThat(again.query().getPrologue().getPrefixMapping().getNsPrefixMap())
                    .as("%s prefixes", file).isEqualTo(fresh.getPrefixMapping().getNsPrefixMap());
            assertThat(again.query().getBase()).as("%s base", file).isEqualTo(fresh.getBase());
            assertThat(again.logLine()).as("%s log line", file).isEqualTo(ParsedQueries.logLine(fresh));
        }
        assertThat(cache.size()).isEqualTo(queries.size());
    }

    @Test
    void whatOneRequestDoesToItsQueryTheNextDoesNotSee() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String text = "SELECT * FROM <http://example.org/g> { ?s ?p ?o } ORDER BY ?s";
        cache.parse(text);
        Query first = cache.parse(text).query();
        Query second = cache.parse(text).query();
        assertThat(first).isNotSameAs(second);
        first.setLimit(5);
        first.getGraphURIs().clear();
        first.getProjectVars().add(Var.alloc("extra"));
        first.getOrderBy().clear();
        first.getPrefixMapping().setNsPrefix("ex", "http://example.org/");
        Query fresh = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        for (Query later : List.of(second, cache.parse(text).query())) {
            assertThat(later.hasLimit()).isFalse();
            assertThat(later.getGraphURIs()).containsExactly("http://example.org/g");
            assertThat(later.getOrderBy()).hasSize(1);
            assertThat(later.getPrefixMapping().getNsPrefixURI("ex")).isNull();
            assertThat(later).isEqualTo(fresh);
        }
    }

    /**
     * Jena 6.2.0's {@link Query#cloneQuery()} puts the first {@code HAVING} condition in place of every
     * other; such a text must come back as parsed every time, here and inside a sub-query.
     */
    @Test
    void everyHavingConditionComesBack() {
        ParsedQueries cache = new ParsedQueries(BASE);
        for (String text : List.of(
                "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) (COUNT(*) < 5)",
                "SELECT * { { SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) (COUNT(*) < 5) } }")) {
            Query fresh = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            for (int i = 0; i < 3; i++) {
                Query q = cache.parse(text).query();
                assertThat(q).as("%s, time %d", text, i + 1).isEqualTo(fresh);
                assertThat(q.serialize()).contains("< 5");
            }
        }
    }

    /** A function call in ORDER BY binds itself on first use: no two copies may share one. */
    @Test
    void noTwoCopiesShareAnOrderByExpression() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String text = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * { ?s ?p ?o "
                + "{ SELECT ?s { ?s ?p ?o } ORDER BY xsd:string(?s) LIMIT 3 } } ORDER BY DESC(xsd:string(?o))";
        cache.parse(text);
        Query first = cache.parse(text).query();
        Query second = cache.parse(text).query();
        assertThat(second).isEqualTo(QueryFactory.create(text, BASE, Syntax.syntaxARQ));
        assertThat(first.getOrderBy().get(0).getExpression()).isEqualTo(second.getOrderBy().get(0).getExpression())
                .isNotSameAs(second.getOrderBy().get(0).getExpression());
        assertThat(subQuery(first).getOrderBy().get(0).getExpression()).isEqualTo(subQuery(second).getOrderBy().get(0).getExpression())
                .isNotSameAs(subQuery(second).getOrderBy().get(0).getExpression());
    }

    /** The same inside EXISTS and NOT EXISTS, of a filter, a BIND, a projected expression, HAVING and ORDER BY. */
    @Test
    void noTwoCopiesShareAnOrderByExpressionInsideExists() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String sub = "{ SELECT ?s { ?s ?p ?o } ORDER BY xsd:string(?s) LIMIT 1 }";
        String text = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?s (EXISTS " + sub + " AS ?e) { ?s ?p ?o "
                + "FILTER EXISTS { " + sub + " } BIND(NOT EXISTS " + sub + " AS ?b) } GROUP BY ?s "
                + "HAVING (EXISTS " + sub + ") ORDER BY DESC(EXISTS " + sub + ")";
        cache.parse(text);
        Query first = cache.parse(text).query();
        Query second = cache.parse(text).query();
        assertThat(second).isEqualTo(QueryFactory.create(text, BASE, Syntax.syntaxARQ));
        List<org.apache.jena.sparql.expr.Expr> a = sortExpressionsOfSubQueries(first);
        List<org.apache.jena.sparql.expr.Expr> b = sortExpressionsOfSubQueries(second);
        assertThat(a).as("one per sub-query").hasSize(5).isEqualTo(b);
        for (int i = 0; i < a.size(); i++) assertThat(a.get(i)).as("sub-query %d", i).isNotSameAs(b.get(i));
    }

    /** The ORDER BY expressions of the sub-queries inside the query's EXISTS, in the order the query is written out. */
    private static List<org.apache.jena.sparql.expr.Expr> sortExpressionsOfSubQueries(Query query) {
        List<org.apache.jena.sparql.expr.Expr> found = new ArrayList<>();
        org.apache.jena.sparql.expr.ExprVisitor exists = new org.apache.jena.sparql.expr.ExprVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.expr.ExprFunctionOp op) {
                ElementWalker.walk(op.getElement(), new ElementVisitorBase() {
                    @Override
                    public void visit(ElementSubQuery el) {
                        found.add(el.getQuery().getOrderBy().get(0).getExpression());
                    }
                });
            }
        };
        query.getProject().getExprs().values().forEach(e -> org.apache.jena.sparql.algebra.walker.Walker.walk(e, exists));
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementFilter el) {
                org.apache.jena.sparql.algebra.walker.Walker.walk(el.getExpr(), exists);
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementBind el) {
                org.apache.jena.sparql.algebra.walker.Walker.walk(el.getExpr(), exists);
            }
        });
        query.getHavingExprs().forEach(e -> org.apache.jena.sparql.algebra.walker.Walker.walk(e, exists));
        query.getOrderBy().forEach(c -> org.apache.jena.sparql.algebra.walker.Walker.walk(c.getExpression(), exists));
        return found;
    }

    private static Query subQuery(Query query) {
        List<Query> found = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                found.add(el.getQuery());
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void relativeIrisResolveAgainstTheBaseInEveryCopy() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String text = "ASK { <thing> ?p ?o }";
        cache.parse(text);
        Query again = cache.parse(text).query();
        assertThat(Algebra.compile(again).toString()).contains("<http://example.org/base/thing>");
        assertThat(again.getBase().str()).isEqualTo(BASE);
    }

    @Test
    void aTextThatDoesNotParseFailsEveryTimeAndIsNotKept() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String text = "SELECT * WHERE { ?s ?p ?o } LIMT 5";
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.parse(text)).isInstanceOf(QueryParseException.class)
                    .hasMessageContaining("line 1, column 33");
        }
        assertThat(cache.size()).isZero();
    }

    @Test
    void aLongTextIsParsedEachTimeAndNotKept() {
        ParsedQueries cache = new ParsedQueries(BASE);
        String text = "# " + "x".repeat(ParsedQueries.MAX_CHARS) + "\nASK { ?s ?p ?o }";
        assertThat(cache.parse(text).query().isAskType()).isTrue();
        assertThat(cache.size()).isZero();
        assertThat(cache.parse("ASK { ?s ?p ?o }").query().isAskType()).isTrue();
        assertThat(cache.size()).isEqualTo(1);
    }
}
