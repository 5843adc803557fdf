package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The generated tables and Mermaid diagram in {@code docs/ontology.md} match the ontology. To
 * refresh them: {@code ./mvnw -q -B test -Dtest=TestOntologyDoc -Dregenerate=true}.
 */
class TestOntologyDoc {
    private static final Path DOC = Path.of("docs/ontology.md");

    @Test
    void generatedBlocksAreUpToDate() throws IOException {
        String text = Files.readString(DOC);
        String expected = text;
        for (Map.Entry<String, String> block : OntologyReference.blocks(OntologyFiles.ontology()).entrySet()) {
            expected = OntologyReference.replaceBlock(expected, block.getKey(), block.getValue());
        }
        if (Boolean.getBoolean("regenerate") && !expected.equals(text)) {
            Files.writeString(DOC, expected);
            text = expected;
        }
        assertThat(text).as("%s is stale; run ./mvnw -q -B test -Dtest=TestOntologyDoc -Dregenerate=true", DOC)
                .isEqualTo(expected);
    }

    @Test
    void diagramShowsEveryClass() {
        String diagram = new OntologyReference(OntologyFiles.ontology()).mermaid();
        assertThat(diagram).startsWith("```mermaid\nclassDiagram\n")
                .contains("class NationalContingent", "MilitaryUnit <|-- NationalContingent",
                        "NationalContingent --> State : contributedBy", "NationalContingent --> Mission : partOfMission");
    }
}
