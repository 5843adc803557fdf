package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query parsed again from the cache is the query a fresh parse gives, and its own object. */
class TestQueryParseCache {
    private static final String BASE = "http://example.org/base/";

    /** Forms the competency questions do not all use. */
    private static final List<String> FORMS = List.of(
            "PREFIX : <urn:x:> SELECT * { ?s :p ?o VALUES ?o { 1 2 } }",
            "SELECT ?s (COUNT(*) AS ?n) (SAMPLE(?o) AS ?any) { ?s ?p ?o } GROUP BY ?s (STR(?p) AS ?ps) HAVING (COUNT(*) > 1) ORDER BY DESC(?n) LIMIT 5 OFFSET 2",
            "SELECT DISTINCT ?x { { SELECT ?x { ?x ?p ?o } LIMIT 3 } UNION { ?x a ?c } MINUS { ?x <urn:x:q> [] } }",
            "CONSTRUCT { ?s <urn:x:seen> ?o . _:b <urn:x:of> ?s } WHERE { ?s <urn:x:p>/<urn:x:q>* ?o }",
            "CONSTRUCT WHERE { ?s <urn:x:p> ?o }",
            "DESCRIBE <urn:x:a> ?s WHERE { ?s ?p ?o }",
            "ASK { ?s ?p ?o FILTER NOT EXISTS { ?o ?p ?s } }",
            "BASE <http://example.org/other/> SELECT (IRI(\"rel\") AS ?i) (<rel2> AS ?j) {}",
            "SELECT (IRI(\"rel\") AS ?i) {}",
            "SELECT * FROM <urn:x:g> FROM NAMED <urn:x:h> { GRAPH ?g { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } BIND(?s AS ?t) }",
            "SELECT (GROUP_CONCAT(DISTINCT ?o; SEPARATOR=\", \") AS ?all) { ?s ?p ?o } # a comment");

    @BeforeAll
    static void install() {
        QueryParseCache.install();
    }

    @Test
    void isInstalledOnceForArqSyntax() {
        QueryParseCache.install();
        assertThat(SPARQLParserRegistry.findFactory(Syntax.syntaxARQ)).isInstanceOf(QueryParseCache.class);
        assertThat(SPARQLParserRegistry.findFactory(Syntax.syntaxSPARQL_11)).isNotInstanceOf(QueryParseCache.class);
    }

    @Test
    void aQueryParsedAgainEqualsAFreshParse() throws IOException {
        List<String> texts = new ArrayList<>(FORMS);
        texts.addAll(queryFiles(Path.of("queries")));
        texts.addAll(queryFiles(Path.of("src/test/resources")));
        assertThat(texts).hasSizeGreaterThan(40);
        for (String text : texts) {
            Query fresh = freshParse(text);
            Query first = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            Query again = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            for (Query q : List.of(first, again)) {
                assertThat(q).as(text).isEqualTo(fresh);
                assertThat(q.serialize()).as(text).isEqualTo(fresh.serialize());
                assertThat(q.getBaseURI()).as(text).isEqualTo(fresh.getBaseURI());
                assertThat(q.getSyntax()).isEqualTo(Syntax.syntaxARQ);
                assertThat(q.getPrefixMapping().getNsPrefixMap()).as(text).isEqualTo(fresh.getPrefixMapping().getNsPrefixMap());
                assertThat(q.getResultVars()).as(text).isEqualTo(fresh.getResultVars());
                assertThat(q.isQueryResultStar()).as(text).isEqualTo(fresh.isQueryResultStar());
            }
            assertThat(again).as("each parse its own object").isNotSameAs(first);
        }
    }

    @Test
    void theBaseOfEachParseIsKept() {
        String text = "SELECT (IRI(\"rel\") AS ?i) (<rel2> AS ?j) {}";
        for (String base : List.of("http://example.org/a/", "http://example.org/b/", "http://example.org/a/")) {
            Query q = QueryFactory.create(text, base, Syntax.syntaxARQ);
            var row = QueryExec.graph(ModelFactory.createDefaultModel().getGraph()).query(q).select().next();
            assertThat(row.get("i").getURI()).isEqualTo(base + "rel");
            assertThat(row.get("j").getURI()).isEqualTo(base + "rel2");
        }
    }

    @Test
    void changingOneParseLeavesTheNextAlone() {
        String text = "SELECT * { ?s ?p ?o }";
        Query first = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        first.setLimit(1);
        first.getResultVars();
        Query again = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        assertThat(again.hasLimit()).isFalse();
        assertThat(again).isEqualTo(freshParse(text));
    }

    @Test
    void aTextThatDoesNotParseFailsEveryTimeWithItsPlace() {
        String bad = "SELECT * {\n  ?s ?p }";
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> QueryFactory.create(bad, BASE, Syntax.syntaxARQ))
                    .isInstanceOf(QueryParseException.class).hasMessageContaining("line 2, column 9");
        }
    }

    private static Query freshParse(String text) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBase(IRIs.resolveIRI(BASE)); // as QueryFactory sets it
        return QueryParseCache.uncached().parse(query, text);
    }

    private static List<String> queryFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f);
                if (!text.contains("INSERT") && !text.contains("DELETE")) texts.add(text);
            }
            return texts;
        }
    }
}
