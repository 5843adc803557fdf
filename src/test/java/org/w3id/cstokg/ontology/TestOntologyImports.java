package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.KG;

/**
 * Every module has a full owl:Ontology header, the catalog maps every module IRI to its file, and
 * the umbrella's imports resolve offline through the catalog alone: an import the catalog does not
 * map fails at once, with no attempt to fetch it.
 */
class TestOntologyImports {
    private static final XmlCatalog CATALOG = XmlCatalog.read(OntologyFiles.CATALOG);

    @Test
    void everyModuleHasAFullHeader() {
        for (Path file : OntologyFiles.modules()) {
            Model m = OntologyFiles.read(file);
            var ontologies = m.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList();
            assertThat(ontologies).as("owl:Ontology in %s", file).hasSize(1);
            Resource o = ontologies.get(0);
            String stem = file.getFileName().toString().replaceFirst("\\.ttl$", "");
            String expected = stem.equals("csto-kg") ? KG.ONTOLOGY : KG.ONTOLOGY + "/" + stem;
            assertThat(o.getURI()).as("ontology IRI of %s", file).isEqualTo(expected);
            assertThat(o.getProperty(DCTerms.title).getLanguage()).isEqualTo("en");
            assertThat(o.getProperty(DCTerms.description).getLanguage()).isEqualTo("en");
            assertThat(o.getProperty(DCTerms.creator).getString()).isEqualTo("csto-kg contributors");
            assertThat(o.getPropertyResourceValue(DCTerms.license).getURI())
                    .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(o.getPropertyResourceValue(OWL.versionIRI).getURI())
                    .isEqualTo(expected.replace(KG.ONTOLOGY, KG.ONTOLOGY + "/" + o.getProperty(OWL.versionInfo).getString()));
        }
    }

    @Test
    void catalogMapsExactlyTheModulesToTheirFiles() {
        Set<Path> mapped = new HashSet<>(CATALOG.entries().values());
        Set<Path> modules = new HashSet<>();
        OntologyFiles.modules().forEach(p -> modules.add(p.normalize()));
        assertThat(mapped).isEqualTo(modules);
        CATALOG.entries().forEach((iri, file) -> assertThat(OntologyFiles.read(file)
                .contains(OntologyFiles.read(file).createResource(iri), RDF.type, OWL.Ontology))
                .as("%s declares <%s>", file, iri).isTrue());
    }

    @Test
    void umbrellaImportsEveryModuleThroughTheCatalog() {
        ImportClosure closure = ImportClosure.load(KG.ONTOLOGY, CATALOG);
        assertThat(closure.modules().keySet()).isEqualTo(CATALOG.entries().keySet());
    }

    @Test
    void anImportTheCatalogDoesNotMapFailsWithoutFetchingIt(@TempDir Path dir) throws IOException {
        // .invalid never resolves (RFC 2606): had the loader tried the network, the error would differ.
        XmlCatalog catalog = importingB(dir, "");
        assertThatThrownBy(() -> ImportClosure.load("https://example.invalid/a", catalog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("owl:imports <https://example.invalid/b> is not mapped in " + catalog.file());
    }

    @Test
    void anImportMappedToAMissingFileFails(@TempDir Path dir) throws IOException {
        XmlCatalog catalog = importingB(dir, "<uri name=\"https://example.invalid/b\" uri=\"b.ttl\"/>");
        assertThatThrownBy(() -> ImportClosure.load("https://example.invalid/a", catalog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(catalog.file() + " maps <https://example.invalid/b> to a missing file: " + dir.resolve("b.ttl"));
    }

    /** A catalog with ontology a, which imports b, plus the given extra entry. */
    private static XmlCatalog importingB(Path dir, String extraEntry) throws IOException {
        Files.writeString(dir.resolve("a.ttl"), """
                <https://example.invalid/a> a <http://www.w3.org/2002/07/owl#Ontology> ;
                    <http://www.w3.org/2002/07/owl#imports> <https://example.invalid/b> .
                """);
        Files.writeString(dir.resolve("catalog-v001.xml"), """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                    <uri name="https://example.invalid/a" uri="a.ttl"/>
                    %s
                </catalog>
                """.formatted(extraEntry));
        return XmlCatalog.read(dir.resolve("catalog-v001.xml"));
    }
}
