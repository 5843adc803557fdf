package org.w3id.cstokg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.load.OntologyCopy;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.vocab.Ids;

/** SHACL and QC validation report violations as values, with the fact-file place of the focus node. */
class TestValidator {
    private static final Path DATA = Path.of("src", "test", "resources", "load", "minimal");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "validate");

    @TempDir
    Path empty;

    private BuildResult build(String ontology) {
        Path modules = OntologyCopy.withShapesOf(FIXTURES.resolve(ontology), empty.resolve("ontology-" + ontology));
        return GraphBuilder.create().dataDir(DATA).ontologyDir(modules).build();
    }

    @Test
    void conformingDataHasNoViolations() {
        ValidationReport report = new Validator(FIXTURES.resolve("qc-clean")).validate(build("conforming"));
        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void aShapeViolationNamesFocusPathAndSource() {
        ValidationReport report = new Validator(FIXTURES.resolve("qc-clean")).validate(build("violating"));
        assertThat(report.violations()).hasSize(1);
        Violation v = report.violations().get(0);
        assertThat(v.check()).isEqualTo("shacl");
        assertThat(v.focusNode()).isEqualTo(Ids.entity("russia"));
        assertThat(v.path()).contains("ofState");
        assertThat(v.source()).map(Object::toString).contains(DATA.resolve("input.yaml") + ":12:9");
    }

    @Test
    void qcRowsAreViolations() {
        ValidationReport report = new Validator(FIXTURES.resolve("qc-violating")).validate(build("conforming"));
        assertThat(report.violations()).extracting(Violation::toString).containsExactly(
                DATA.resolve("input.yaml") + ":12:9: [qc/states-are-violations.rq] <" + Ids.entity("russia") + ">: flagged");
    }

    @Test
    void noShapesAndNoQueriesFail() {
        Path noShapes = OntologyCopy.withShapesOf(empty.resolve("none"), empty.resolve("modules"));
        ValidationReport report = new Validator(empty.resolve("none")).validate(
                GraphBuilder.create().dataDir(DATA).ontologyDir(noShapes).build());
        assertThat(report.conforms()).isFalse();
        assertThat(report.violations()).extracting(Violation::check).containsExactly("shacl", "qc");
        assertThat(report.violations().get(0).message()).startsWith("no SHACL shapes found");
    }
}
