package org.w3id.cstokg.server;

import java.util.List;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The queries the endpoint has parsed lately, by their text: a text sent again, as a client's saved
 * question is, is copied ({@link Query#cloneQuery()}, tens of microseconds) instead of parsed again
 * (Jena's parser takes about a millisecond for a twenty-line query), and its one-line form for the
 * request log is kept with it. Each call gets its own copy, so what one request's execution does to
 * its query (the projection of {@code SELECT *}, a dataset description removed) touches no other.
 * A text that does not parse is not remembered and fails as it did; texts over {@value #MAX_CHARS}
 * characters are parsed every time, and so is a text whose copy would not equal its parse: Jena
 * 6.2.0's copy replaces every {@code HAVING} condition of a query (or sub-query) by the first
 * ({@code QueryTransformOps.mutateExprList} reads {@code exprList.get(0)} where it means {@code get(i)}),
 * so a copy is kept only when it equals the parse it was made from. Only the endpoint uses it ({@link QueryProcessor}): Jena's parser
 * registry, which SHACL and every other part of the JVM share, is left alone.
 */
final class ParsedQueries {
    /** How many parsed queries are kept. */
    static final int ENTRIES = 1_000;
    /** The longest text kept. */
    static final int MAX_CHARS = 16 * 1024;

    /** A request's own query and the one-line form Fuseki logs. */
    record Parsed(Query query, String logLine) {}

    private final String base;
    private final Cache<String, Parsed> parsed = CacheFactory.createCache(ENTRIES);

    /** @param base the base IRI every text is parsed against (Fuseki's, not the request's) */
    ParsedQueries(String base) {
        this.base = base;
    }

    /** The text parsed in ARQ syntax against the base, as a copy of its own; a syntax error throws as Jena's parser does. */
    Parsed parse(String text) {
        if (text.length() > MAX_CHARS) return fresh(text);
        Parsed known = parsed.getIfPresent(text);
        if (known == null) {
            Parsed made = fresh(text);
            Query kept = copy(made.query());
            if (kept.equals(made.query())) parsed.put(text, new Parsed(kept, made.logLine()));
            return made;
        }
        return new Parsed(copy(known.query()), known.logLine());
    }

    /** How many texts are kept now. */
    long size() {
        return parsed.size();
    }

    private Parsed fresh(String text) {
        Query query = QueryFactory.create(text, base, Syntax.syntaxARQ);
        return new Parsed(query, logLine(query));
    }

    /** The query on one line, as Fuseki's query processor logs it. */
    static String logLine(Query query) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        out.setFlatMode(true);
        query.serialize(out);
        return out.asString();
    }

    /** A copy, with the base IRI the text was parsed against (which {@link Query#cloneQuery()} keeps only when the text declares it). */
    private static Query copy(Query query) {
        Query copy = query.cloneQuery();   // reads the kept query only, so requests copy it at once
        if (query.getBase() != null) copy.setBase(query.getBase());
        copy.setSyntax(query.getSyntax());
        copyOrderBy(copy);
        return copy;
    }

    /**
     * Gives the copy's {@code ORDER BY} expressions, here and in every sub-query (in the pattern or
     * inside an {@code EXISTS} of a filter, a {@code BIND}, a projected, grouping, {@code HAVING} or
     * sort expression), objects of their own: {@link Query#cloneQuery()} keeps the original's sort
     * conditions (it replaces one only when the copy does not {@code equals} it), and a function call
     * among them ({@code E_Function}) binds its function on first use in plain fields — a data race
     * between two requests running copies of one query at once.
     */
    private static void copyOrderBy(Query query) {
        if (query.hasOrderBy()) {
            List<SortCondition> conditions = query.getOrderBy();
            for (int i = 0; i < conditions.size(); i++) {
                SortCondition c = conditions.get(i);
                conditions.set(i, new SortCondition(ExprTransformer.transform(new ExprTransformCopy(true), c.getExpression()),
                        c.getDirection()));
            }
            conditions.forEach(c -> inExpression(c.getExpression()));
        }
        query.getProject().getExprs().values().forEach(ParsedQueries::inExpression);
        if (query.hasGroupBy()) query.getGroupBy().getExprs().values().forEach(ParsedQueries::inExpression);
        if (query.hasHaving()) query.getHavingExprs().forEach(ParsedQueries::inExpression);
        if (query.getQueryPattern() != null) inPattern(query.getQueryPattern());
    }

    /** {@link #copyOrderBy} of the sub-queries of a pattern, and of those inside its expressions. */
    private static void inPattern(Element pattern) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                copyOrderBy(subQuery.getQuery());
            }

            @Override
            public void visit(ElementFilter filter) {
                inExpression(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                inExpression(bind.getExpr());
            }

            @Override
            public void visit(ElementAssign assign) {
                inExpression(assign.getExpr());
            }
        });
    }

    /** {@link #copyOrderBy} of the sub-queries inside the {@code EXISTS} and {@code NOT EXISTS} of an expression. */
    private static void inExpression(Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (op.getElement() != null) inPattern(op.getElement());
            }
        });
    }
}
