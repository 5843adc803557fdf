package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.vocab.KG;

/**
 * Every kg: term is declared once, in one module, with an English label and definition and
 * rdfs:isDefinedBy that module; and the declared terms are exactly the constants of {@link KG}.
 */
class TestOntologyTerms {
    private static final Set<Resource> KINDS =
            Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL2.NamedIndividual);

    /** The kg: IRIs that a model declares (gives a type to). */
    static Set<String> declaredKgTerms(Model m) {
        Set<String> terms = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type).filterKeep(s -> s.isURIResource() && s.getURI().startsWith(KG.NS))
                .forEach(s -> terms.add(s.getURI()));
        return terms;
    }

    @Test
    void declaredTermsAreExactlyTheConstantsOfKG() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : KG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                constants.add(((Resource) f.get(null)).getURI());
            }
        }
        assertThat(constants).hasSizeGreaterThan(100);
        assertThat(declaredKgTerms(OntologyFiles.ontology())).isEqualTo(constants);
    }

    @Test
    void propertyConstantsAreDeclaredAsPropertiesAndResourcesAsClassesOrIndividuals() throws IllegalAccessException {
        Model ontology = OntologyFiles.ontology();
        for (Field f : KG.class.getFields()) {
            if (!Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = ontology.getResource(((Resource) f.get(null)).getURI());
            boolean property = term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty)
                    || term.hasProperty(RDF.type, OWL.AnnotationProperty);
            assertThat(property).as("KG.%s is a Property constant iff an OWL property", f.getName())
                    .isEqualTo(Property.class.isAssignableFrom(f.getType()));
        }
    }

    @Test
    void everyTermIsLabelledDefinedAndDefinedByItsOwnModule() {
        Map<String, Path> declaredIn = new HashMap<>();
        int checked = 0;
        for (Path file : OntologyFiles.modules()) {
            Model m = OntologyFiles.read(file);
            Resource module = m.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
            for (String iri : declaredKgTerms(m)) {
                assertThat(declaredIn.put(iri, file)).as("%s declared in two modules", iri).isNull();
                Resource term = m.getResource(iri);
                assertThat(term.listProperties(RDF.type).mapWith(Statement::getObject).filterKeep(KINDS::contains).toList())
                        .as("OWL kind of %s", iri).hasSize(1);
                assertOneEnglish(term, RDFS.label);
                assertOneEnglish(term, SKOS.definition);
                assertThat(term.listProperties(RDFS.isDefinedBy).mapWith(Statement::getObject).toList())
                        .as("rdfs:isDefinedBy of %s", iri).containsExactly(module);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void externalTermsAreDeclaredMinimallyAndDefinedByTheirNamespace() {
        Model ontology = OntologyFiles.ontology();
        var external = ontology.listSubjectsWithProperty(RDF.type)
                .filterKeep(s -> s.isURIResource() && !s.getURI().startsWith(KG.NS) && !s.hasProperty(RDF.type, OWL.Ontology)
                        && !TestCodebooks.isCodebookConcept(s))
                .toList();
        assertThat(external).isNotEmpty().allSatisfy(s -> {
            RDFNode definedBy = s.getPropertyResourceValue(RDFS.isDefinedBy);
            assertThat(definedBy).as("rdfs:isDefinedBy of %s", s).isNotNull();
            assertThat(s.getURI()).startsWith(definedBy.asResource().getURI());
            // The fact-format annotations (kg:fact*, fact-format.ttl) say which YAML key writes a
            // term; they say nothing of its meaning, so an external term may carry them.
            assertThat(s.listProperties().toList()).as("only type, isDefinedBy and kg:fact* on %s", s)
                    .allSatisfy(st -> assertThat(st.getPredicate().equals(RDF.type) || st.getPredicate().equals(RDFS.isDefinedBy)
                            || st.getPredicate().getURI().startsWith(KG.NS + "fact")).isTrue());
        });
    }

    @Test
    void everyKgTermUsedIsDeclared() {
        Model ontology = OntologyFiles.ontology();
        Set<String> declared = declaredKgTerms(ontology);
        ontology.listStatements().forEach(st -> {
            for (RDFNode n : new RDFNode[] {st.getSubject(), st.getPredicate(), st.getObject()}) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(KG.NS)) {
                    assertThat(declared).as("used in the ontology").contains(n.asResource().getURI());
                }
            }
        });
    }

    private static void assertOneEnglish(Resource term, Property p) {
        assertThat(term.listProperties(p).toList()).as("%s of %s", p.getLocalName(), term)
                .singleElement().satisfies(s -> {
                    assertThat(s.getLanguage()).isEqualTo("en");
                    assertThat(s.getString()).isNotBlank();
                });
    }
}
