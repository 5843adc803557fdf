package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.ProgramVersion;

/** A full build taken because the inputs changed says which input: the log is all a user sees. */
class TestBuildInputs {
    private static final Path ONTOLOGY = Path.of("ontology");
    private static final Path QC = Path.of("queries", "qc");

    @Test
    void anotherBaseUrlIsNamedWithTheOptionThatWouldBuildIncrementally() {
        String built = IncrementalBuild.inputs(ONTOLOGY, QC, "https://w3id.org/csto-kg/", 1_000_000);
        String served = IncrementalBuild.inputs(ONTOLOGY, QC, "http://127.0.0.1:3030/", 1_000_000);
        assertThat(IncrementalBuild.whatChanged(built, served)).isEqualTo("the base URL is http://127.0.0.1:3030/, not "
                + "https://w3id.org/csto-kg/ (the VoID description names it; --base-url https://w3id.org/csto-kg/ would build "
                + "incrementally)");
    }

    @Test
    void anotherLimitAndAnotherOntologyAreNamed() {
        String before = IncrementalBuild.inputs(ONTOLOGY, QC, "https://w3id.org/csto-kg/", 1_000_000);
        String limit = IncrementalBuild.inputs(ONTOLOGY, QC, "https://w3id.org/csto-kg/", 5);
        assertThat(IncrementalBuild.whatChanged(before, limit)).isEqualTo("the whole-graph limit is 5, not 1000000");
        String ontology = "0" + before.substring(1);
        assertThat(IncrementalBuild.whatChanged(before, before.startsWith("0") ? "1" + before.substring(1) : ontology))
                .isEqualTo("the ontology, shapes or QC queries changed");
    }

    @Test
    void anotherProgramAndAnOlderManifestAreNamed() {
        String now = IncrementalBuild.inputs(ONTOLOGY, QC, "https://w3id.org/csto-kg/", 1_000_000);
        String[] fields = now.split(" ", 4);
        assertThat(fields[1]).as("the program's version, without spaces").isEqualTo(ProgramVersion.id().replace(' ', '_'));
        String other = fields[0] + " jar_1_2 " + fields[2] + " " + fields[3];
        assertThat(IncrementalBuild.whatChanged(other, now)).isEqualTo("csto-kg itself changed (" + fields[1] + ", not jar_1_2)");
        String older = fields[0] + " " + fields[2] + " " + fields[3];
        assertThat(IncrementalBuild.whatChanged(older, now)).isEqualTo("the current generation was built by an older csto-kg");
    }

    @Test
    void aStoreStampNamesTheProgramAndTheFilesStampDoesNot() {
        assertThat(BuildStamp.of(java.util.List.of(ONTOLOGY))).isNotEqualTo(BuildStamp.ofFiles(java.util.List.of(ONTOLOGY)));
        assertThat(BuildStamp.ofFiles(java.util.List.of(ONTOLOGY))).isEqualTo(BuildStamp.ofFiles(java.util.List.of(ONTOLOGY)));
        assertThat(ProgramVersion.id()).as("run from target/classes").startsWith("classes ").doesNotContain("unknown");
    }
}
