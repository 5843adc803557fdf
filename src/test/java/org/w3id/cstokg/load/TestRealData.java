package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;

/** The real fact file, data/edm-19-2.yaml, loads without errors into its document graph. */
class TestRealData {

    @Test
    void edm19x2LoadsCleanly() {
        ErrorRecorder seen = new ErrorRecorder();
        BuildResult result = GraphBuilder.create().dataDir(Path.of("data")).errorHandler(seen).build();
        assertThat(result.errors()).isEmpty();
        assertThat(seen.errors()).isEmpty();
        long quads = result.dataset().getNamedModel(Graphs.forDocument("edm-19-2")).size();
        assertThat(quads).isGreaterThan(1000);
        assertThat(result.sources().locate(Ids.entity("vladimir-putin")))
                .hasValueSatisfying(l -> assertThat(l.file()).isEqualTo(Path.of("data", "edm-19-2.yaml").toString()));
    }

    @Test
    void aBadDataDirectoryFails() {
        BuildResult result = GraphBuilder.create().dataDir(Path.of("no-such-dir")).build();
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Object::toString).containsExactly("no-such-dir: no such directory");
    }
}
