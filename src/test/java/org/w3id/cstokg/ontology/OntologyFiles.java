package org.w3id.cstokg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Where the ontology sources live. Every scan fails when it finds nothing, so no check passes on zero inputs. */
final class OntologyFiles {
    static final Path DIR = Path.of("ontology");
    static final Path CATALOG = DIR.resolve("catalog-v001.xml");
    static final Path SHAPES = DIR.resolve("shapes/csto-kg-shapes.ttl");
    static final Path QC_QUERIES = Path.of("queries/qc");
    static final Path FIXTURES = Path.of("src/test/resources/ontology");

    private OntologyFiles() {}

    /** The OWL modules: {@code ontology/*.ttl}, the umbrella included. */
    static List<Path> modules() {
        return scan(DIR, 1, ".ttl");
    }

    /** Every hand-edited Turtle file under {@code ontology/}, shapes included. */
    static List<Path> allTurtle() {
        return scan(DIR, Integer.MAX_VALUE, ".ttl");
    }

    static List<Path> scan(Path dir, int depth, String suffix) {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
            if (found.isEmpty()) {
                throw new AssertionError("no " + suffix + " files under " + dir.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).parse(m);
        return m;
    }

    /** The umbrella ontology with all its imports, resolved through the catalog. */
    static Model ontology() {
        return ImportClosure.load(org.w3id.cstokg.vocab.KG.ONTOLOGY, XmlCatalog.read(CATALOG)).union();
    }
}
