package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.vocab.KG;

/**
 * {@code ontology/shapes/csto-kg-shapes.ttl}: every shape explains itself (sh:message), the clean
 * fixture conforms, and each mutation of it gives exactly the results its header names, per shape.
 */
class TestShapes {
    private static final String KGSH = CanonicalTurtle.PREFIXES.get("kgsh");
    private static final Model SHAPES_MODEL = OntologyFiles.read(OntologyFiles.SHAPES);
    private static final Shapes SHAPES = Shapes.parse(SHAPES_MODEL.getGraph());
    private static final Model ONTOLOGY = OntologyFiles.ontology();

    static List<Mutation> mutations() {
        return Mutation.all();
    }

    @Test
    void everyShapeHasAnEnglishMessage() {
        Set<Resource> shapes = new HashSet<>(SHAPES_MODEL.listSubjectsWithProperty(SHACLM.path).toList());
        shapes.addAll(SHAPES_MODEL.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList());
        assertThat(shapes).hasSizeGreaterThan(10);
        assertThat(shapes).allSatisfy(s -> assertThat(s.listProperties(SHACLM.message).toList())
                .as("sh:message of %s", s).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getLanguage()).isEqualTo("en")));
    }

    @Test
    void shapesRefersOnlyToDeclaredTerms() {
        Set<String> declared = TestOntologyTerms.declaredKgTerms(ONTOLOGY);
        SHAPES_MODEL.listStatements().forEach(st -> Stream.of(st.getPredicate(), st.getObject())
                .filter(n -> n.isURIResource() && n.asResource().getURI().startsWith(KG.NS))
                .forEach(n -> assertThat(declared).as("in the shapes").contains(n.asResource().getURI())));
    }

    @Test
    void cleanFixtureConforms() {
        ValidationReport report = validate(Mutation.clean());
        assertThat(report.getEntries()).as(describe(report)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutationGivesExactlyTheExpectedResults(Mutation mutation) {
        ValidationReport report = validate(mutation.apply());
        assertThat(countsByShape(report)).as(describe(report)).isEqualTo(mutation.shacl());
    }

    @Test
    void everyTargetedShapeHasANegativeTwin() {
        Set<String> violated = new HashSet<>();
        mutations().forEach(m -> violated.addAll(m.shacl().keySet()));
        Set<String> targeted = new HashSet<>();
        SHAPES_MODEL.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape)
                .filterKeep(s -> Stream.of(SHACLM.targetClass, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf)
                        .anyMatch(s::hasProperty))
                .forEach(s -> targeted.add(curie(s.asNode())));
        assertThat(targeted).hasSizeGreaterThan(10);
        assertThat(violated).containsAll(targeted);
    }

    private static ValidationReport validate(Model data) {
        Model union = ModelFactory.createDefaultModel().add(data).add(ONTOLOGY);
        return ShaclValidator.get().validate(SHAPES, union.getGraph());
    }

    private static Map<String, Integer> countsByShape(ValidationReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        report.getEntries().forEach(e -> counts.merge(curie(topLevel(e.source())), 1, Integer::sum));
        return counts;
    }

    /** The named node shape that a (possibly nested, blank) shape belongs to. */
    private static Node topLevel(Node shape) {
        Graph g = SHAPES_MODEL.getGraph();
        Node current = shape;
        while (current.isBlank()) {
            Node child = current;
            current = g.find(Node.ANY, Node.ANY, child).mapWith(t -> t.getSubject()).next();
        }
        return current;
    }

    private static String curie(Node n) {
        return n.getURI().startsWith(KGSH) ? "kgsh:" + n.getURI().substring(KGSH.length()) : n.getURI();
    }

    private static String describe(ValidationReport report) {
        StringBuilder b = new StringBuilder("results:\n");
        for (ReportEntry e : report.getEntries()) {
            b.append("  ").append(e.focusNode()).append(" ").append(curie(topLevel(e.source())))
                    .append(" ").append(e.message()).append('\n');
        }
        return b.toString();
    }
}
