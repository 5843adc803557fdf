package org.w3id.cstokg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema's definitions of entities, contingents and events and the key tables of
 * docs/fact-format.md are generated from the fact format the ontology declares, and are current.
 * Refresh: {@code ./mvnw -q -B test -Dtest=TestFactFormatDocs -Dregenerate=true}.
 */
class TestFactFormatDocs {
    private static final Path SCHEMA = Path.of("docs", "fact-file.schema.json");
    private static final Path DOC = Path.of("docs", "fact-format.md");
    private static final String STALE = "%s is stale; run ./mvnw -q -B test -Dtest=TestFactFormatDocs -Dregenerate=true";

    private final FactFormatDocs docs = new FactFormatDocs(TheFormat.ONTOLOGY);

    @Test
    void schemaDefinitionsAreGeneratedFromTheOntology() throws IOException {
        String text = Files.readString(SCHEMA);
        String expected = FactFormatDocs.write(docs.schema(new ObjectMapper().readTree(text)));
        check(SCHEMA, text, expected);
    }

    @Test
    void keyTablesAreGeneratedFromTheOntology() throws IOException {
        String text = Files.readString(DOC);
        String expected = text;
        for (Map.Entry<String, String> block : docs.markdown().entrySet()) {
            expected = FactFormatDocs.replaceBlock(expected, block.getKey(), block.getValue());
        }
        check(DOC, text, expected);
    }

    @Test
    void aKindsKeysAreExactlyItsDeclaredOnesPlusTheStructure() {
        Kind unit = TheFormat.ONTOLOGY.kind(TheFormat.section("entities"), "unit").orElseThrow();
        assertThat(FactKeys.of(unit)).containsExactly("id", "type", "name", "cite", "acled", "aliases", "cameo", "describedAs",
                "description", "hostedBy", "liaisedWith", "locatedIn", "memberCount", "ofState", "partOf", "referredToAs", "variants");
        Kind contingent = TheFormat.ONTOLOGY.kinds(TheFormat.section("contingents")).get(0);
        assertThat(FactKeys.of(contingent)).containsExactly("id", "name", "cite", "acled", "cameo", "describedAs", "mission", "state",
                "troops", "unitTypes");
    }

    private static void check(Path file, String text, String expected) throws IOException {
        if (Boolean.getBoolean("regenerate") && !expected.equals(text)) {
            Files.writeString(file, expected);
            text = expected;
        }
        assertThat(text).as(STALE, file).isEqualTo(expected);
    }
}
