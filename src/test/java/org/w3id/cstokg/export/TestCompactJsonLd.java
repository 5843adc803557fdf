package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.KG;

class TestCompactJsonLd {
    private final JsonObject context = CompactJsonLd.context().getJsonObject("@context");

    private static List<Resource> kgTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : KG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                terms.add((Resource) f.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyOntologyTermHasAShortName() throws Exception {
        List<Resource> terms = kgTerms();
        assertThat(terms).hasSizeGreaterThan(100);
        for (Resource term : terms) {
            JsonValue v = context.get(term.getLocalName());
            assertThat(v).as(term.getURI()).isNotNull();
            String id = v.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.asJsonObject().getString("@id");
            assertThat(id).as(term.getURI()).isEqualTo("kg:" + term.getLocalName());
        }
    }

    @Test
    void aTermNotInTheOntologyHasNoShortName() {
        assertThat(context.get("notAnOntologyTerm")).isNull();
        assertThat(context.getString("kg")).isEqualTo(KG.NS);
    }
}
