package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Graphs;

/**
 * The graph of the real data is the one recorded in {@code golden/data.trig}, graph by graph, by
 * isomorphism: a change to how facts are read or mapped that is meant to be pure refactoring must
 * leave it unchanged. After a deliberate change to data/ or the mapping, review the difference and
 * record it: {@code ./mvnw -q -B test -Dtest=TestGoldenGraph -Dregenerate=true}.
 */
class TestGoldenGraph {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/data.trig");

    @Test
    void realDataMapsToTheRecordedGraph() throws IOException {
        BuildResult result = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
        assertThat(result.errors()).isEmpty();
        Dataset actual = factGraphs(result.dataset());
        if (Boolean.getBoolean("regenerate")) {
            try (OutputStream out = Files.newOutputStream(GOLDEN)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
        }
        Dataset expected = RDFDataMgr.loadDataset(GOLDEN.toString());
        assertThat(names(actual)).isEqualTo(names(expected));
        for (String name : names(expected)) {
            assertThat(actual.getNamedModel(name).isIsomorphicWith(expected.getNamedModel(name)))
                    .as("graph %s isomorphic to %s (-Dregenerate=true records a deliberate change)", name, GOLDEN)
                    .isTrue();
        }
    }

    /** The graphs mapped from the fact files: every named graph but the ontology and the shapes. */
    private static Dataset factGraphs(Dataset all) {
        Dataset out = DatasetFactory.create();
        out.getDefaultModel().setNsPrefixes(all.getDefaultModel().getNsPrefixMap());
        for (String name : names(all)) {
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.SHAPES)) {
                out.addNamedModel(name, all.getNamedModel(name));
            }
        }
        return out;
    }

    private static Set<String> names(Dataset ds) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = ds.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!ds.getNamedModel(name).isEmpty()) names.add(name);
        }
        return names;
    }
}
