package org.w3id.cstokg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * A build's identifier index keeps only the identifiers some file refers to without defining them
 * ({@code IdentifierIndex.keepReferencedElsewhere}); with each chunk's own files laid over it, it
 * maps every file and gives the checks of every chunk the context the whole index gives (that of
 * a scan that keeps every entry, as {@code kg serve --watch} does). Chunks of one file have the most
 * foreign nodes; chunks of two files refer to each other's nodes as well.
 */
class TestIndexOfSharedIdentifiers {
    private static final Path ONTOLOGY = Path.of("ontology");

    @TempDir
    Path temp;

    @Test
    void aSyntheticCorpusMapsAndIsCheckedAsWithTheWholeIndex() throws IOException {
        Path data = temp.resolve("data");
        CorpusGenerator.create().files(6).seed(23).out(data).generate();
        FactChunks kept = FactChunks.scan(data, ONTOLOGY);
        assertSameAsWholeIndex(kept, FactChunks.scan(data, ONTOLOGY, null, true));
        assertThat(kept.index().classOf(Ids.NS + "shared-state-1").map(Resource::getURI))
                .as("a state every article refers to").isPresent();
        assertThat(kept.index().classOf(Ids.NS + "syn-00002-organization"))
                .as("an organization only its own article refers to").isEmpty();
        assertThat(kept.index().classOf(Ids.NS + "syn-00003").map(Resource::getURI))
                .as("an article only its own file refers to").isEmpty();
        FactChunks whole = FactChunks.scan(data, ONTOLOGY, null, true);
        int articles = 0;
        for (int i = 1; i <= 40; i++) {
            String outlet = Ids.NS + "shared-outlet-" + i;
            assertThat(kept.index().articlesPublishedIn(outlet)).as("the articles of %s", outlet)
                    .isEqualTo(whole.index().articlesPublishedIn(outlet));
            articles += kept.index().articlesPublishedIn(outlet).size();
        }
        assertThat(articles).as("every article is known by its outlet").isEqualTo(6);
    }

    /**
     * Two ways a file names another file's node other than by a reference to its identifier: a
     * web address under {@code id/} (an article's {@code url}), and an identifier that is also the
     * made identifier of one of the file's own memberships (whose label names its member).
     */
    @Test
    void nodesNamedByAddressOrByAMadeIdentifierAreKept() throws IOException {
        Path data = temp.resolve("data");
        CorpusGenerator.create().files(4).seed(23).out(data).generate();
        Path second = data.resolve("syn-00002.yaml");
        String yaml = Files.readString(second);
        yaml = yaml.replaceFirst("(?m)^  url: .*$", "  url: " + Ids.NS + "syn-00003-organization");
        Matcher membership = Pattern.compile("\\{member: ([a-z0-9-]+), organization: ([a-z0-9-]+),").matcher(yaml);
        assertThat(membership.find()).as("a membership in %s", second).isTrue();
        String made = membership.group(1) + "-member-of-" + membership.group(2);
        yaml = yaml.replace("memberships:\n", "memberships:\n  - {member: " + made + ", organization: " + membership.group(2)
                + ", cite: 4}\n");
        Files.writeString(second, yaml);
        Path third = data.resolve("syn-00003.yaml");
        Files.writeString(third, Files.readString(third).replace("entities:\n",
                "entities:\n  - {id: " + made + ", type: organization, name: \"Twin of a membership\", cite: 1}\n"));

        FactChunks kept = FactChunks.scan(data, ONTOLOGY);
        assertSameAsWholeIndex(kept, FactChunks.scan(data, ONTOLOGY, null, true));
        assertThat(kept.index().classOf(Ids.NS + "syn-00003-organization")).as("named by a web address").isPresent();
        assertThat(kept.index().classOf(Ids.NS + made)).as("named by a made identifier").isPresent();
    }

    @Test
    void theRealDataMapsAndIsCheckedAsWithTheWholeIndex() {
        Path data = Path.of("data");
        FactChunks kept = FactChunks.scan(data, ONTOLOGY);
        assertSameAsWholeIndex(kept, FactChunks.scan(data, ONTOLOGY, null, true));
        assertThat(kept.index().classOf(Ids.NS + "csto").map(Resource::getURI))
                .as("the CSTO, which the links file refers to").contains(KG.Organization.getURI());
    }

    private static void assertSameAsWholeIndex(FactChunks kept, FactChunks whole) {
        assertThat(kept.errors()).isEmpty();
        assertThat(kept.index()).as("the build's index is not the whole index").isNotEqualTo(whole.index());
        List<List<Path>> groups = new ArrayList<>();
        for (Path file : kept.files()) groups.add(List.of(file));
        for (int i = 0; i + 1 < kept.files().size(); i += 2) groups.add(kept.files().subList(i, i + 2));
        int foreign = 0;
        for (List<Path> group : groups) {
            Chunk ours = kept.map(group);
            Chunk theirs = whole.map(group);
            DatasetGraph a = ours.dataset().asDatasetGraph();
            DatasetGraph b = theirs.dataset().asDatasetGraph();
            assertThat(ours.graphNames()).as("%s", group).isEqualTo(theirs.graphNames());
            for (String name : ours.graphNames()) {
                assertThat(a.getGraph(NodeFactory.createURI(name)).isIsomorphicWith(b.getGraph(NodeFactory.createURI(name))))
                        .as("%s: graph %s", group, name).isTrue();
            }
            ChunkContext context = ChunkContext.of(ours, kept.index());
            ChunkContext expected = ChunkContext.of(theirs, whole.index());
            foreign += expected.foreign().size();
            assertThat(context.graph().isIsomorphicWith(expected.graph())).as("%s: context", group).isTrue();
            assertThat(context.foreign()).as("%s: foreign nodes", group).isEqualTo(expected.foreign());
        }
        assertThat(foreign).as("nodes of other files, which the checks look up").isPositive();
    }
}
