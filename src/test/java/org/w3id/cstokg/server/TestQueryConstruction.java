package org.w3id.cstokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SPARQL is built by pasting text: code that handles requests holds no query text and no query
 * API, and nowhere is query text joined with {@code +}, formatted, or appended to; values go in
 * through {@code ParameterizedSparqlString.setIri/setLiteral}, which escape them.
 */
class TestQueryConstruction {
    private static final Path MAIN = Path.of("src", "main", "java");
    /** A keyword followed by the syntax that makes it SPARQL rather than prose ("for SELECT and ASK"). */
    private static final String KEYWORD = "\\b(?:(?:SELECT|CONSTRUCT|DESCRIBE)\\s*(?:DISTINCT\\s+|REDUCED\\s+)?[?*{(<]"
            + "|(?:ASK|WHERE)\\s*\\{|(?:INSERT|DELETE)\\s+(?:DATA\\s*)?\\{|PREFIX\\s+\\w*:)";
    private static final Pattern QUERY_TEXT = Pattern.compile("\"[^\"\\n]*" + KEYWORD);
    private static final Pattern QUERY_API = Pattern.compile(
            "QueryFactory|UpdateFactory|ParameterizedSparqlString|QueryExecution|UpdateExecution|UpdateRequest");
    private static final Pattern PASTED = Pattern.compile(
            "\"[^\"\\n]*" + KEYWORD + "[^\"\\n]*\"\\s*\\+\\s*[\\w(]"
                    + "|[\\w)]\\s*\\+\\s*\"[^\"\\n]*" + KEYWORD
                    + "|\"\"\"\\s*\\+|\\+\\s*\"\"\"|\"\"\"\\s*\\.formatted|String\\.format\\(\\s*(SELECT|QUERY|[A-Z_]+_QUERY)"
                    + "|ParameterizedSparqlString[^;]*;[^;]*\\.append\\(");

    @Test
    void requestHandlersHoldNoQueryTextNorQueryApi() throws IOException {
        List<Path> handlers = sources().stream().filter(p -> read(p).contains("HttpServletRequest")).toList();
        assertThat(handlers).as("request handlers found").hasSizeGreaterThanOrEqualTo(8);
        for (Path p : handlers) {
            String code = read(p);
            assertThat(QUERY_TEXT.matcher(code).find()).as("query text in %s", p).isFalse();
            assertThat(QUERY_API.matcher(code).find()).as("query API in %s", p).isFalse();
        }
    }

    @Test
    void noQueryTextIsPastedTogetherAnywhere() throws IOException {
        List<Path> all = sources();
        assertThat(all).hasSizeGreaterThan(100);
        List<String> pasted = new ArrayList<>();
        for (Path p : all) {
            var m = PASTED.matcher(read(p));
            while (m.find()) pasted.add(p + ": " + m.group());
        }
        assertThat(pasted).isEmpty();
    }

    @Test
    void theCheckCatchesPasting() {
        assertThat(PASTED.matcher("String q = \"SELECT ?s WHERE { <\" + request.getParameter(\"iri\") + \"> ?p ?o }\";").find()).isTrue();
        assertThat(PASTED.matcher("String q = prefix + \"SELECT ?s { ?s ?p ?o }\";").find()).isTrue();
        assertThat(PASTED.matcher("String q = \"\"\"\n SELECT ?s { ?s ?p %s }\n \"\"\".formatted(name);").find()).isTrue();
        assertThat(QUERY_TEXT.matcher("String q = \"ASK { ?s ?p ?o }\";").find()).isTrue();
        assertThat(PASTED.matcher("query.setIri(\"s\", iri);").find()).isFalse();
        assertThat(PASTED.matcher("format + \" is for SELECT and ASK\"").find()).isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
