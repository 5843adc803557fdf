package org.w3id.cstokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.UnloadableImportException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import org.w3id.cstokg.vocab.KG;

/**
 * The ontology loaded by its IRI from the running server with the OWL API (the library Protégé
 * and ROBOT load ontologies with), every {@code owl:imports} fetched over HTTP from the module
 * IRIs, as w3id.org would redirect them; the import closure is consistent under HermiT and no
 * named class is unsatisfiable.
 */
class TestOntologyOverHttp {
    private static final List<String> MODULES = List.of("acled", "actors", "cameo", "events", "fact-format", "statements", "units");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The host docs/w3id.htaccess redirects to, standing for the deployed server. */
    private static final String DEPLOYED = "https://csto-kg.example.org/";
    @TempDir
    static Path root;
    private static KgStore store;
    private static CstoServer server;

    @BeforeAll
    static void serve() {
        var dataset = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
        new StoreBuilder(root).build(dataset, BuildStamp.of(List.of(Path.of("data"), Path.of("ontology"))));
        store = KgStore.open(root);
        server = CstoServer.create().port(0).dataset(store.dataset()).ontologyDir(Path.of("ontology")).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** What w3id.org does for https://w3id.org/csto-kg/…: send the client to the server. */
    private static OWLOntologyManager managerThroughTheServer() {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        String w3id = KG.ONTOLOGY.substring(0, KG.ONTOLOGY.length() - "ontology".length());
        manager.getIRIMappers().add(iri -> iri.toString().startsWith(w3id)
                ? IRI.create(server.baseUrl() + iri.toString().substring(w3id.length())) : null);
        return manager;
    }

    @Test
    void theOntologyLoadsByItsIriWithEveryImportOverHttpAndIsConsistent() throws Exception {
        OWLOntologyManager manager = managerThroughTheServer();
        OWLOntology ontology = manager.loadOntology(IRI.create(KG.ONTOLOGY));
        Set<String> imported = new TreeSet<>();
        ontology.importsClosure().forEach(o -> o.getOntologyID().getOntologyIRI().ifPresent(i -> imported.add(i.toString())));
        Set<String> expected = new TreeSet<>();
        expected.add(KG.ONTOLOGY);
        MODULES.forEach(m -> expected.add(KG.ONTOLOGY + "/" + m));
        assertThat(imported).isEqualTo(expected);
        assertThat(ontology.importsClosure().mapToLong(o -> o.getLogicalAxiomCount()).sum()).isGreaterThan(100);
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertThat(hermit.isConsistent()).isTrue();
            assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()).isEmpty();
        } finally {
            hermit.dispose();
        }
    }

    @Test
    void anImportTheServerDoesNotHaveFailsTheLoad() throws Exception {
        OWLOntologyManager manager = managerThroughTheServer();
        String broken = "<https://example.org/broken> a <" + OWL.Ontology.getURI() + "> ; <" + OWL.imports.getURI()
                + "> <" + KG.ONTOLOGY + "/no-such-module> .";
        assertThatThrownBy(() -> manager.loadOntologyFromOntologyDocument(
                new org.semanticweb.owlapi.io.StringDocumentSource(broken, "https://example.org/broken",
                        new org.semanticweb.owlapi.formats.TurtleDocumentFormat(), null)))
                .isInstanceOf(UnloadableImportException.class);
    }

    @ParameterizedTest
    @CsvSource({"actors, text/turtle, TURTLE", "events, application/rdf+xml, RDFXML", "statements, application/ld+json, JSONLD",
            "units, application/n-triples, NTRIPLES", "0.1.0/units, text/turtle, TURTLE"})
    void eachModuleIriIsNegotiated(String module, String accept, String lang) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "ontology/" + module))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(lang)).parse(model);
        String iri = KG.ONTOLOGY + "/" + module.replace("0.1.0/", "");
        assertThat(model.contains(model.getResource(iri), RDF.type, OWL.Ontology)).isTrue();
        assertThat(model.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList()).hasSize(1);
    }

    /** The w3id.org rules send each module IRI to the server's module, which answers it. */
    @ParameterizedTest
    @CsvSource({"actors, text/turtle", "events, application/rdf+xml", "statements, */*", "units, text/html", "0.1.0/actors, text/turtle"})
    void theW3idRulesSendEachModuleIriToTheServer(String module, String accept) throws Exception {
        W3idRules rules = W3idRules.read(Path.of("docs", "w3id.htaccess"));
        String target = rules.redirect("ontology/" + module, accept).orElseThrow(() -> new AssertionError("no rule for " + module));
        assertThat(target).startsWith(DEPLOYED);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + target.substring(DEPLOYED.length())))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ontology/" + module.replace("0.1.0/", ""));
    }

    @Test
    void theW3idRulesLeaveOtherPathsAlone() throws Exception {
        W3idRules rules = W3idRules.read(Path.of("docs", "w3id.htaccess"));
        assertThat(rules.redirect("ontology", "text/turtle")).hasValue(DEPLOYED + "ontology");
        assertThat(rules.redirect("nothing-here/x", "text/turtle")).isEmpty();
    }

    @Test
    void anUnknownModuleIs404() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "ontology/no-such-module"))
                .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("\tat ");
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "RDFXML" -> Lang.RDFXML;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
    }
}
