package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.FactFormat;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import org.w3id.cstokg.vocab.KG;

/**
 * A tracking identifier index with files replaced is the index of the files it now holds, whatever
 * order they came in; an entry that two files set (whose value the order of the files decides) makes
 * {@link IdentifierIndex#replace} say so.
 */
class TestIdentifierIndexReplace {
    private static final FactFormat FORMAT = OntologyFactFormat.load(Path.of("ontology"), (at, message) -> {
        throw new AssertionError(at + ": " + message);
    });

    @TempDir
    Path temp;

    @Test
    void replacedFilesGiveTheIndexOfTheFilesItHolds() throws IOException {
        List<FactFile> files = corpus(4);
        FactFile renamed = renamed(files.get(1));
        IdentifierIndex index = IdentifierIndex.tracking();
        files.forEach(index::add);
        assertThat(index.replace(List.of(files.get(1), files.get(3)), List.of(renamed))).isTrue();
        IdentifierIndex expected = new IdentifierIndex();
        List.of(files.get(0), renamed, files.get(2)).forEach(expected::add);
        assertThat(index).isEqualTo(expected);
        assertThat(index.name("syn-00002-organization")).isEqualTo("Syn 00002 Renamed");
        assertThat(index.classOf("https://w3id.org/csto-kg/id/syn-00004-organization")).isEmpty();
        assertThat(index.classOf("https://w3id.org/csto-kg/id/syn-00002-organization").map(Resource::getURI))
                .contains(KG.Organization.getURI());
        assertThat(index.classOf("https://w3id.org/csto-kg/id/syn-00001").map(Resource::getURI))
                .as("a document").contains(KG.Article.getURI());
        assertThat(index.classOf("https://example.org/syn-00002-organization")).as("not under id/").isEmpty();
    }

    @Test
    void anEntryTwoFilesSetIsReported() throws IOException {
        List<FactFile> files = corpus(2);
        IdentifierIndex index = IdentifierIndex.tracking();
        files.forEach(index::add);
        index.add(files.get(1));
        assertThat(index.replace(List.of(files.get(1)), List.of(renamed(files.get(1)))))
                .as("the other copy of the file still sets its entries").isFalse();

        IdentifierIndex other = IdentifierIndex.tracking();
        other.add(files.get(0));
        assertThat(other.replace(List.of(), List.of(files.get(1), files.get(1)))).as("two new files set the same entries").isFalse();
        assertThatThrownBy(() -> new IdentifierIndex().replace(List.of(), List.of())).isInstanceOf(IllegalStateException.class);
    }

    private List<FactFile> corpus(int n) throws IOException {
        Path dir = temp.resolve("corpus");
        CorpusGenerator.create().files(n).seed(3).out(dir).generate();
        return FactReader.list(dir, new ErrorRecorder()).stream().map(this::read).toList();
    }

    private FactFile renamed(FactFile file) throws IOException {
        Path path = Path.of(file.document().orElseThrow().at().file());
        Path copy = Files.createDirectories(temp.resolve("renamed")).resolve(path.getFileName());
        Files.writeString(copy, Files.readString(path).replace("Organization\"", "Renamed\""));
        return read(copy);
    }

    private FactFile read(Path path) {
        ErrorRecorder errors = new ErrorRecorder();
        FactFile file = FactReader.readOne(path, FORMAT, errors).orElseThrow();
        assertThat(errors.errors()).isEmpty();
        return file;
    }
}
