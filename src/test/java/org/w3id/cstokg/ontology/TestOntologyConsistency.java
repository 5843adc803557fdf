package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.vocab.Graphs;

/**
 * The ontology, loaded with its imports through the catalog, is consistent under Jena's OWL Micro
 * rule reasoner, alone, with the clean fixture and with the real graph built from data/; mutations marked {@code # owl: inconsistent}
 * are caught, and no other mutation is.
 */
class TestOntologyConsistency {
    private static final Model ONTOLOGY = OntologyFiles.ontology();

    static List<Mutation> mutations() {
        return Mutation.all();
    }

    @Test
    void ontologyAloneIsConsistent() {
        assertValid(ModelFactory.createDefaultModel(), true);
    }

    @Test
    void ontologyWithTheCleanFixtureIsConsistent() {
        assertValid(Mutation.clean(), true);
    }

    @Test
    void ontologyWithTheRealGraphIsConsistent() {
        BuildResult built = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
        assertThat(built.errors()).isEmpty();
        Model data = ModelFactory.createDefaultModel();
        built.dataset().listNames().forEachRemaining(name -> {
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.SHAPES)) data.add(built.dataset().getNamedModel(name));
        });
        assertThat(data.size()).isGreaterThan(1000);
        assertValid(data, true);
    }

    @Test
    void someMutationIsInconsistent() {
        assertThat(mutations()).anyMatch(Mutation::inconsistent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutationIsInconsistentExactlyWhenItSaysSo(Mutation mutation) {
        assertValid(mutation.apply(), !mutation.inconsistent());
    }

    private static void assertValid(Model data, boolean expected) {
        Reasoner reasoner = ReasonerRegistry.getOWLMicroReasoner().bindSchema(ONTOLOGY);
        InfModel inf = ModelFactory.createInfModel(reasoner, data);
        ValidityReport report = inf.validate();
        StringBuilder reports = new StringBuilder();
        report.getReports().forEachRemaining(r -> reports.append(r).append('\n'));
        assertThat(report.isValid()).as("validity; reports:\n%s", reports).isEqualTo(expected);
    }
}
