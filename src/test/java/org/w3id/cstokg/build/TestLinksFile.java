package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.MappedFile;

/**
 * The link shares a full build writes as it goes ({@link LinksFile}) read back as the shares a
 * manifest that kept them in memory writes: the same graphs, each with the same triples; a file
 * without links has no share.
 */
class TestLinksFile {
    @TempDir
    Path temp;

    @Test
    void streamedSharesReadBackAsKeptShares() throws IOException {
        List<MappedFile> files = List.of(
                mapped("a.yaml", "urn:doc:a", link("urn:e1", "urn:wd:Q1"), link("urn:e2", "urn:wd:Q2")),
                mapped("b.yaml", "urn:doc:b"),
                mapped("c.yaml", "urn:doc:c", link("urn:e1", "urn:wd:Q1"), link("urn:e3", "urn:gn:3")));

        Path kept = temp.resolve("kept");
        BuildManifest inMemory = BuildManifest.of("inputs");
        files.forEach(inMemory::add);
        inMemory.write(kept);

        Path streamed = temp.resolve("streamed");
        BuildManifest filesOnly = BuildManifest.of("inputs");
        try (LinksFile links = LinksFile.create(streamed)) {
            for (MappedFile f : files) {
                filesOnly.addFile(f);
                links.add(f);
            }
        }
        filesOnly.writeFiles(streamed);

        Map<String, Graph> expected = BuildManifest.read(kept).orElseThrow().links().byGraph();
        Map<String, Graph> actual = BuildManifest.read(streamed).orElseThrow().links().byGraph();
        assertThat(actual.keySet()).containsExactlyInAnyOrder("urn:doc:a", "urn:doc:c");
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((graph, share) -> assertThat(actual.get(graph).isIsomorphicWith(share)).as(graph).isTrue());
        assertThat(actual.get("urn:doc:c").size()).isEqualTo(2);
        assertThat(BuildManifest.read(streamed).orElseThrow().files()).isEqualTo(BuildManifest.read(kept).orElseThrow().files());
    }

    private static Triple link(String entity, String target) {
        return Triple.create(NodeFactory.createURI(entity), NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI(target));
    }

    private static MappedFile mapped(String name, String graph, Triple... links) {
        Graph share = GraphFactory.createDefaultGraph();
        for (Triple t : links) share.add(t);
        return new MappedFile(Path.of("data", name), "v-" + name, graph, "sources/" + name + ".txt", share);
    }
}
