package org.w3id.cstokg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/fact-file.schema.json allows exactly the keys the fact reader accepts, so the two cannot drift. */
class TestFactFileSchema {

    @Test
    void schemaPropertiesEqualTheReadersKeys() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(Path.of("docs", "fact-file.schema.json").toFile()).get("$defs");
        Map<String, Set<String>> accepted = FactKeys.all(TheFormat.ONTOLOGY);
        assertThat(accepted).isNotEmpty();
        for (var entry : accepted.entrySet()) {
            JsonNode def = defs.get(entry.getKey());
            assertThat(def).as("$defs/%s", entry.getKey()).isNotNull();
            Set<String> properties = new HashSet<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as("$defs/%s/properties", entry.getKey())
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
            assertThat(def.get("additionalProperties").asBoolean()).isFalse();
        }
    }

    @Test
    void theSchemaKnowsEveryEntityAndEventType() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(Path.of("docs", "fact-file.schema.json").toFile()).get("$defs");
        Set<String> entityTypes = new HashSet<>();
        defs.at("/entity/properties/type/enum").forEach(n -> entityTypes.add(n.asText()));
        assertThat(entityTypes).containsExactlyInAnyOrderElementsOf(
                TheFormat.ONTOLOGY.kinds(TheFormat.section("entities")).stream().map(Kind::key).toList());
        Set<String> eventTypes = new HashSet<>();
        defs.at("/event/properties/type/enum").forEach(n -> eventTypes.add(n.asText()));
        assertThat(eventTypes).containsExactlyInAnyOrderElementsOf(
                TheFormat.ONTOLOGY.kinds(TheFormat.section("events")).stream().map(Kind::key).toList());
    }
}
