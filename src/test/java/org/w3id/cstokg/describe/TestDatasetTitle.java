package org.w3id.cstokg.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;

/** The VoID title and description come from the articles in the data, not from the code. */
class TestDatasetTitle {
    private static final String PREFIXES = """
            PREFIX kg: <https://w3id.org/csto-kg/ontology#>
            PREFIX id: <https://w3id.org/csto-kg/id/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static DatasetTitle of(String trig) {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + trig, Lang.TRIG).parse(dataset);
        return Txn.calculateRead(dataset, () -> DatasetTitle.of(dataset.asDatasetGraph()));
    }

    @Test
    void theRealDataIsDescribedByItsArticlesHeader() {
        BuildResult built = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology"))
                .errorHandler((at, message) -> {}).build();
        assertThat(built.ok()).isTrue();
        DatasetTitle title = Txn.calculateRead(built.dataset(), () -> DatasetTitle.of(built.dataset().asDatasetGraph()));
        assertThat(title.title()).isEqualTo(
                "csto-kg: Russian-Led Mission in Kazakhstan Unveils New Peacekeeping Model (Part One)");
        assertThat(title.description()).isEqualTo("A knowledge graph of the facts stated by Eurasia Daily Monitor 19/2 "
                + "(2022-01-19), \"Russian-Led Mission in Kazakhstan Unveils New Peacekeeping Model (Part One)\", "
                + "each with the part of its source it comes from.");
    }

    @Test
    void severalArticlesAreCountedInTheTitleAndListedByDateInTheDescription() {
        DatasetTitle title = of("""
                GRAPH id:b { id:b a kg:Article ; dcterms:title "Second" ; kg:publishedIn id:o ; kg:volume 3 ;
                                 dcterms:issued "2023-05-01"^^xsd:date . id:o rdfs:label "Outlet"@en . }
                GRAPH id:a { id:a a kg:Article ; dcterms:title "First" ; dcterms:issued "2022-01-01"^^xsd:date . }
                """);
        assertThat(title.title()).isEqualTo("csto-kg: the facts stated by 2 articles");
        assertThat(title.description()).isEqualTo("A knowledge graph of the facts stated by \"First\" (2022-01-01); "
                + "Outlet 3 (2023-05-01), \"Second\", each with the part of its source it comes from.");
    }

    @Test
    void withoutArticlesTheTitleIsTheProjectsName() {
        DatasetTitle title = of("GRAPH id:g { id:t a kg:Table ; dcterms:title \"A table\" . }");
        assertThat(title.title()).isEqualTo("csto-kg");
        assertThat(title.description()).isEqualTo(
                "A knowledge graph of the facts stated by its source articles (none yet), each with the part of its source it comes from.");
    }
}
