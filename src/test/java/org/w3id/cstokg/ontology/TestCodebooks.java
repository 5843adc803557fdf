package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.Codebooks;
import org.w3id.cstokg.vocab.KG;

/**
 * The codebook modules: every concept has one notation, one English label, one scheme, is
 * defined by its module, and reaches a top concept of its scheme through skos:broader; the
 * cross-walk uses only SKOS mapping properties to concepts of the codebooks.
 */
class TestCodebooks {
    private static final Map<Resource, String> MODULE_OF_SCHEME = Map.of(
            KG.CameoEventCodes, "https://w3id.org/csto-kg/ontology/cameo",
            KG.CameoActorCodes, "https://w3id.org/csto-kg/ontology/cameo",
            KG.AcledEventTypes, "https://w3id.org/csto-kg/ontology/acled",
            KG.AcledActorTypes, "https://w3id.org/csto-kg/ontology/acled");

    static boolean isCodebookConcept(Resource s) {
        return s.isURIResource() && (s.getURI().startsWith(Codebooks.CAMEO) || s.getURI().startsWith(Codebooks.ACLED));
    }

    private static List<Resource> concepts(Model m) {
        return m.listSubjectsWithProperty(SKOS.inScheme).filterKeep(TestCodebooks::isCodebookConcept).toList();
    }

    @Test
    void everyConceptIsNotatedLabelledInOneSchemeAndDefinedByItsModule() {
        List<Resource> concepts = concepts(OntologyFiles.ontology());
        assertThat(concepts).hasSize(80);
        for (Resource c : concepts) {
            assertThat(c.listProperties(SKOS.notation).toList()).as("notation of %s", c).hasSize(1);
            assertThat(c.listProperties(SKOS.prefLabel).mapWith(Statement::getLanguage).toList())
                    .as("prefLabel of %s", c).containsExactly("en");
            assertThat(c.getProperty(RDFS.label).getString()).isEqualTo(c.getProperty(SKOS.prefLabel).getString());
            List<RDFNode> schemes = c.listProperties(SKOS.inScheme).mapWith(Statement::getObject).toList();
            assertThat(schemes).as("scheme of %s", c).hasSize(1);
            assertThat(MODULE_OF_SCHEME).containsKey(schemes.get(0).asResource());
            assertThat(c.getPropertyResourceValue(RDFS.isDefinedBy).getURI())
                    .isEqualTo(MODULE_OF_SCHEME.get(schemes.get(0).asResource()));
            assertThat(top(c)).as("top concept above %s", c).isNotNull();
            assertThat(top(c).getPropertyResourceValue(SKOS.topConceptOf)).isEqualTo(schemes.get(0));
        }
    }

    @Test
    void cameoEventCodesAreNestedByTheirDigits() {
        for (Resource c : concepts(OntologyFiles.ontology())) {
            if (!c.hasProperty(SKOS.inScheme, KG.CameoEventCodes)) continue;
            String code = c.getProperty(SKOS.notation).getString();
            assertThat(c.getURI()).isEqualTo(Codebooks.CAMEO + code);
            Resource broader = c.getPropertyResourceValue(SKOS.broader);
            if (code.length() == 2) assertThat(broader).as("root %s", code).isNull();
            else assertThat(broader.getProperty(SKOS.notation).getString()).as("broader of %s", code)
                    .isEqualTo(code.substring(0, code.length() - 1));
        }
    }

    @Test
    void theCrossWalkMapsEventClassesToCodebookConceptsOnly() {
        Model m = OntologyFiles.ontology();
        int mappings = 0;
        for (var p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)) {
            for (Statement st : m.listStatements(null, p, (RDFNode) null).toList()) {
                assertThat(st.getSubject().getURI()).startsWith(KG.NS);
                assertThat(isCodebookConcept(st.getResource())).as("%s", st).isTrue();
                assertThat(st.getResource().hasProperty(SKOS.inScheme)).as("%s is a concept", st.getResource()).isTrue();
                mappings++;
            }
        }
        assertThat(mappings).isGreaterThan(10);
    }

    private static Resource top(Resource c) {
        Resource at = c;
        for (int i = 0; i < 5 && at != null; i++) {
            if (at.hasProperty(SKOS.topConceptOf)) return at;
            at = at.getPropertyResourceValue(SKOS.broader);
        }
        return null;
    }
}
