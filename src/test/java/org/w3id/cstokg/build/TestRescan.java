package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.synthetic.CorpusGenerator;

/**
 * A rescan ({@code kg serve --watch} reads the data folder again after each edit) gives what a
 * first pass over the same files gives: the same errors, files and, when there are none, the same
 * mapping of every file and the same context for the checks of each (what the identifier index
 * answers). A rescan of a pass without errors checks only what the changed files touch; the edits
 * below break each check across files (identifiers, references and their kinds, links, outlets
 * without a citation), repair it, add and delete files, rename organizations, and change several
 * files in one look.
 */
class TestRescan {
    private static final Path ONTOLOGY = Path.of("ontology");

    @TempDir
    Path temp;

    private Path data;
    private FactChunks watched;
    private long step;

    @Test
    void everyRescanIsTheFirstPassOfItsFiles() throws IOException {
        data = temp.resolve("data");
        CorpusGenerator.create().files(6).seed(11).out(data).generate();
        Path spare = temp.resolve("spare");
        CorpusGenerator.create().files(7).seed(11).out(spare).generate();
        watched = FactChunks.scan(data, ONTOLOGY, null, true);
        assertSameAsFirstPass("the first pass");

        renameOrganization("syn-00002.yaml", "a renamed organization");
        Files.copy(spare.resolve("syn-00007.yaml"), data.resolve("syn-00007.yaml"));
        assertRescan("a file added", true, 0);
        Files.delete(data.resolve("syn-00005.yaml"));
        assertRescan("a file deleted", true, 0);

        String organization = line("syn-00002.yaml", "id: syn-00002-organization,");
        breakAndMend("an identifier defined in two files", 1, "syn-00003.yaml", "entities:\n", "entities:\n" + organization + "\n");
        breakAndMend("an identifier other files refer to renamed", -1, "syn-00001.yaml", "id: shared-state-1,", "id: shared-state-one,");
        breakAndMend("an outlet other files cite made an organization", -1, "syn-00001.yaml",
                "{id: shared-outlet-3, type: outlet,", "{id: shared-outlet-3, type: organization,");
        String link = line("syn-00002.yaml", "{entity: syn-00002-organization,");
        breakAndMend("a second link of an entity to Wikidata and DBpedia, in another file", 2, "syn-00003.yaml",
                "links:\n", "links:\n" + link + "\n");

        String outlet = outletOf("syn-00006.yaml");
        assertThat(List.of("syn-00001.yaml", "syn-00002.yaml", "syn-00003.yaml", "syn-00004.yaml", "syn-00007.yaml"))
                .as("the outlet of syn-00006 only").noneMatch(name -> outletOfUnchecked(name).equals(outlet));
        String uncited = line("syn-00001.yaml", "{id: " + outlet + ", type: outlet,");
        edit("syn-00001.yaml", uncited, uncited.replaceFirst(", cite: .*}$", "}"));
        assertRescan("syn-00006's outlet given without a citation: allowed", true, 0);
        edit("syn-00006.yaml", "  outlet: " + outlet + "\n", "  outlet: " + outletOf("syn-00003.yaml") + "\n");
        assertRescan("syn-00006 has another outlet, so no document has the uncited one", false, 1);
        edit("syn-00006.yaml", "  outlet: " + outletOf("syn-00003.yaml") + "\n", "  outlet: " + outlet + "\n");
        assertRescan("back", false, 0);

        String state = line("syn-00001.yaml", "{id: shared-state-1, type: state,");
        edit("syn-00001.yaml", state + "\n", "");
        edit("syn-00003.yaml", "entities:\n", "entities:\n" + state + "\n");
        Files.copy(spare.resolve("syn-00005.yaml"), data.resolve("syn-00005.yaml"));
        Files.delete(data.resolve("syn-00007.yaml"));
        assertRescan("in one look: a shared state moved to another file, a file added and another deleted", true, 0);

        edit("syn-00004.yaml", "entities:\n", "entities: [\n");
        assertRescan("a file that is not YAML", false, 1);
        edit("syn-00004.yaml", "entities: [\n", "entities:\n");
        assertRescan("repaired", false, 0);
        Files.delete(data.resolve("syn-00001.yaml"));
        assertRescan("the file that defines what the others share deleted", false, -1);
    }

    /**
     * Breaks a check across files ({@code from} becomes {@code to} in {@code file}: {@code errors}
     * errors, -1 for some), mends it (from a pass with errors every file is read), then makes a
     * clean edit, which is again checked only where it changed.
     */
    private void breakAndMend(String what, int errors, String file, String from, String to) throws IOException {
        edit(file, from, to);
        assertRescan(what, false, errors);
        edit(file, to, from);
        assertRescan(what + ", mended", false, 0);
        renameOrganization("syn-00004.yaml", "a clean edit after: " + what);
    }

    /** Gives the organization of {@code file} a new name and rescans: clean, checked in part. */
    private void renameOrganization(String file, String what) throws IOException {
        String line = line(file, "type: organization, name: \"Syn ");
        edit(file, line, line.replaceFirst("name: \"[^\"]*\"", "name: \"Renamed " + (step + 1) + "\""));
        assertRescan(what, true, 0);
    }

    /**
     * Rescans and compares with a first pass; {@code inPart}: whether the rescan should have checked
     * only what changed; {@code errors}: how many errors (-1: some).
     */
    private void assertRescan(String what, boolean inPart, int errors) {
        watched = watched.rescan(data, null);
        assertThat(watched.checkedInPart()).as("%s: checked in part", what).isEqualTo(inPart);
        if (errors >= 0) assertThat(watched.errors()).as(what).hasSize(errors);
        else assertThat(watched.errors()).as(what).isNotEmpty();
        assertSameAsFirstPass(what);
    }

    private void assertSameAsFirstPass(String what) {
        FactChunks first = FactChunks.scan(data, ONTOLOGY, null, true);
        assertThat(watched.files()).as(what).isEqualTo(first.files());
        assertThat(watched.errors().stream().map(Object::toString).toList()).as(what)
                .isEqualTo(first.errors().stream().map(Object::toString).toList());
        if (!first.errors().isEmpty()) return;
        assertThat(watched.index()).as("%s: the identifier index", what).isEqualTo(first.index());
        for (Path file : first.files()) {
            Chunk ours = watched.map(List.of(file));
            Chunk theirs = first.map(List.of(file));
            DatasetGraph a = ours.dataset().asDatasetGraph();
            DatasetGraph b = theirs.dataset().asDatasetGraph();
            assertThat(ours.graphNames()).as("%s: %s", what, file).isEqualTo(theirs.graphNames());
            for (String name : ours.graphNames()) {
                Graph g = a.getGraph(org.apache.jena.graph.NodeFactory.createURI(name));
                assertThat(g.isIsomorphicWith(b.getGraph(org.apache.jena.graph.NodeFactory.createURI(name))))
                        .as("%s: %s graph %s", what, file, name).isTrue();
            }
            ChunkContext context = ChunkContext.of(ours, watched.index());
            ChunkContext expected = ChunkContext.of(theirs, first.index());
            assertThat(context.graph().isIsomorphicWith(expected.graph())).as("%s: %s context", what, file).isTrue();
            assertThat(context.foreign()).as("%s: %s foreign nodes", what, file).isEqualTo(expected.foreign());
        }
    }

    /** Replaces {@code from} (which must be there) by {@code to} in a file, with a later modification time. */
    private void edit(String name, String from, String to) throws IOException {
        Path file = data.resolve(name);
        String text = Files.readString(file);
        assertThat(text).as(name).contains(from);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 1_000 * ++step));
    }

    private String line(String name, String containing) throws IOException {
        return Files.readAllLines(data.resolve(name)).stream().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    private String outletOfUnchecked(String name) {
        try {
            return outletOf(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String outletOf(String name) throws IOException {
        return line(name, "  outlet: ").trim().substring("outlet: ".length());
    }
}
