package org.w3id.cstokg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading several fact files: identifiers and references are checked across files. */
class TestFactReader {
    private static final String DOC = """
            document: {id: %s, title: T, outlet: the-outlet, paragraphs: 2}
            """;

    @TempDir
    Path dir;

    @Test
    void aReferenceMayNameAnIdentifierOfAnotherFile() throws IOException {
        write("a.yaml", DOC.formatted("doc-a") + "entities:\n  - {id: the-outlet, type: outlet, name: O}\n"
                + "  - {id: vladimir-putin, type: person, name: Vladimir Putin, cite: 1}\n");
        write("b.yaml", DOC.formatted("doc-b") + "statements:\n"
                + "  - {id: s1, kind: position, by: vladimir-putin, content: C, cite: 2}\n");
        ErrorRecorder errors = new ErrorRecorder();
        Facts facts = FactReader.readDirectory(dir, TheFormat.ONTOLOGY, errors);
        assertThat(errors.errors()).isEmpty();
        assertThat(facts.files()).hasSize(2);
    }

    @Test
    void aDuplicateAcrossFilesNamesTheFirstDefinition() throws IOException {
        write("a.yaml", DOC.formatted("doc-a") + "entities:\n  - {id: the-outlet, type: outlet, name: O}\n"
                + "  - {id: vladimir-putin, type: person, name: Vladimir Putin, cite: 1}\n");
        write("b.yaml", DOC.formatted("doc-b")
                + "entities:\n  - {id: vladimir-putin, type: person, name: Putin, cite: 2}\n");
        ErrorRecorder errors = new ErrorRecorder();
        FactReader.readDirectory(dir, TheFormat.ONTOLOGY, errors);
        assertThat(errors.errors()).extracting(Object::toString).containsExactly(
                dir.resolve("b.yaml") + ":3:10: duplicate id 'vladimir-putin' (first defined at "
                        + dir.resolve("a.yaml") + ":4:10)");
    }

    @Test
    void aDirectoryWithoutFactFilesIsAnError() {
        ErrorRecorder errors = new ErrorRecorder();
        FactReader.readDirectory(dir, TheFormat.ONTOLOGY, errors);
        assertThat(errors.errors()).extracting(Object::toString)
                .containsExactly(dir + ": no fact files (*.yaml) found");
    }

    @Test
    void suggestionsFindTheClosestIdentifier() {
        assertThat(Suggestions.closest("vladimir-putn", java.util.List.of("vladimir-putin", "russia")))
                .contains("vladimir-putin");
        assertThat(Suggestions.closest("xyz", java.util.List.of("vladimir-putin"))).isEmpty();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
