package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * Every hand-edited Turtle file under {@code ontology/} is in its canonical form. To rewrite them
 * all into it: {@code ./mvnw -q -B test -Dtest=TestCanonicalForm -Dnormalize=true}.
 */
class TestCanonicalForm {
    private static final boolean NORMALIZE = Boolean.getBoolean("normalize");

    @Test
    void everyOntologyFileIsInCanonicalForm() throws IOException {
        List<Path> files = OntologyFiles.allTurtle();
        for (Path file : files) {
            String text = Files.readString(file);
            String canonical = CanonicalTurtle.write(OntologyFiles.read(file).getGraph());
            if (NORMALIZE && !canonical.equals(text)) {
                Files.writeString(file, canonical);
                text = canonical;
            }
            assertThat(text).as("%s is not in canonical form; run ./mvnw -q -B test -Dtest=TestCanonicalForm"
                    + " -Dnormalize=true", file).isEqualTo(canonical);
        }
    }

    @Test
    void canonicalFormLosesNothingAndIsStable() {
        for (Path file : OntologyFiles.allTurtle()) {
            Model original = OntologyFiles.read(file);
            String once = CanonicalTurtle.write(original.getGraph());
            Model reparsed = parse(once);
            assertThat(reparsed.isIsomorphicWith(original)).as("%s round trip", file).isTrue();
            assertThat(CanonicalTurtle.write(reparsed.getGraph())).as("%s idempotent", file).isEqualTo(once);
        }
    }

    @Test
    void nestsBlankNodesAndListsAndSortsSubjects() {
        Model m = parse("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix kgsh: <https://w3id.org/csto-kg/shapes#> .
                kgsh:B a sh:NodeShape ; sh:or ( [ sh:path kgsh:p ; sh:minCount 1 ] kgsh:A ) .
                kgsh:A a sh:NodeShape ; sh:message "x\\"y"@en ; sh:property [ sh:path kgsh:q ] .
                """);
        assertThat(CanonicalTurtle.write(m.getGraph())).isEqualTo("""
                @prefix kgsh: <https://w3id.org/csto-kg/shapes#> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .

                # Shapes

                kgsh:A a sh:NodeShape ;
                    sh:property [ sh:path kgsh:q ] ;
                    sh:message "x\\"y"@en .

                kgsh:B a sh:NodeShape ;
                    sh:or (
                        [
                            sh:path kgsh:p ;
                            sh:minCount 1
                        ]
                        kgsh:A
                    ) .
                """);
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }
}
