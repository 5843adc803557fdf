package org.w3id.cstokg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.cstokg.audit.NormalisedText;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * queries/evidence.rq answers, for every triple a document graph states, the paragraph, the words
 * and their offsets, and the words stand at those offsets of the article's text (issue 11).
 * Not asked: the evidence machinery itself (citations, selectors, reifiers, kg:citation,
 * dcterms:source) and the document's own header (the article, its parts, author and uncited outlet).
 */
class TestEvidenceQuery {
    private static final Path ONTOLOGY = Path.of("ontology");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "src/test/resources/load/evidence, doc-a, src/test/resources/load/evidence/article.txt",
        "data, edm-19-2, ../shared/sources/edm-19-2-russian-led-mission-in-kazakhstan-part-one.txt"
    })
    void everyStatedTripleHasWordsFoundAtTheirOffsets(String data, String document, String textFile) throws IOException {
        assertThat(Path.of(textFile)).as("the article's text, beside the checkout").isRegularFile();
        BuildResult built = GraphBuilder.create().dataDir(Path.of(data)).ontologyDir(ONTOLOGY).build();
        assertThat(built.errors()).isEmpty();
        Model graph = built.dataset().getNamedModel(Graphs.forDocument(document));
        Map<Triple, List<QuerySolution>> evidence = evidence(built.dataset().getUnionModel());
        String text = Files.readString(Path.of(textFile), StandardCharsets.UTF_8);

        List<String> unsupported = new ArrayList<>();
        for (Statement s : asserted(graph)) {
            List<QuerySolution> rows = evidence.getOrDefault(s.asTriple(), List.of());
            boolean located = rows.stream().anyMatch(r -> r.contains("words") && r.contains("start"));
            if (!located) unsupported.add(s.toString());
            for (QuerySolution row : rows) {
                if (!row.contains("start")) continue;
                String at = codePoints(text, row.getLiteral("start").getInt(), row.getLiteral("end").getInt());
                assertThat(NormalisedText.words(at)).as("text at the offsets of %s", s)
                        .isEqualTo(NormalisedText.words(row.getLiteral("words").getString()));
            }
        }
        assertThat(unsupported).as("triples with no located words").isEmpty();
    }

    /** Every row of evidence.rq over the whole graph (its VALUES line deleted), by the triple asked about. */
    private static Map<Triple, List<QuerySolution>> evidence(Model union) throws IOException {
        String query = Files.readAllLines(Path.of("queries", "evidence.rq"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.strip().startsWith("VALUES")).collect(Collectors.joining("\n"));
        Map<Triple, List<QuerySolution>> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.create(query, union)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Triple t = Triple.create(row.get("subject").asNode(), row.get("predicate").asNode(), row.get("object").asNode());
                out.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    private static List<Statement> asserted(Model graph) {
        Set<Resource> machinery = graph.listSubjects().filterKeep(r -> r.hasProperty(RDF.type, KG.Citation)
                || r.hasProperty(RDF.type, RDF.Statement) || r.hasProperty(RDF.type, OA.TextQuoteSelector)
                || r.hasProperty(RDF.type, OA.TextPositionSelector) || r.hasProperty(RDF.type, KG.Article)
                || r.hasProperty(DCTerms.isPartOf) || graph.contains(null, DCTerms.creator, r)
                || (r.hasProperty(RDF.type, KG.Outlet) && !r.hasProperty(KG.citation))).toSet();
        return graph.listStatements().filterDrop(s -> machinery.contains(s.getSubject())
                || s.getPredicate().equals(KG.citation) || s.getPredicate().equals(DCTerms.source)).toList();
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
