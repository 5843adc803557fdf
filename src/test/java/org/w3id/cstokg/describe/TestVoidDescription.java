package org.w3id.cstokg.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgDataset;
import org.w3id.cstokg.vocab.LinkTarget;

class TestVoidDescription {
    static final String FIXTURE = "src/test/resources/linkeddata/fixture.trig";
    static final Instant BUILT = Instant.parse("2026-01-02T03:04:05Z");
    /** sha256sum of the six bytes "hello\n". */
    static final String HELLO_SHA256 = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

    @TempDir Path dir;
    private Dataset dataset;
    private Path dump;

    @BeforeEach void setUp() throws Exception {
        dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, FIXTURE);
        dump = Files.writeString(dir.resolve("csto-kg.trig"), "hello\n", StandardCharsets.UTF_8);
    }

    private Model describe() {
        return VoidDescription.create().sparqlEndpoint("https://kg.example.org/csto/sparql")
                .downloadBase("https://kg.example.org/dumps").dump(new DumpFile(dump, "application/trig"))
                .created(BUILT).build().describe(dataset);
    }

    static long count(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static void writeActual(Model actual) {
        try {
            Path out = Files.createDirectories(Path.of("target/test-output")).resolve("actual-void.ttl");
            try (var stream = Files.newOutputStream(out)) {
                RDFDataMgr.write(stream, actual, Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long longValue(Resource subject, Property p) {
        return subject.getRequiredProperty(p).getLong();
    }

    @Test void matchesTheGoldenDescription() {
        Model expected = RDFDataMgr.loadModel("src/test/resources/linkeddata/expected-void.ttl");
        Model actual = describe();
        if (!actual.isIsomorphicWith(expected))
            writeActual(actual);
        assertThat(actual.isIsomorphicWith(expected)).as("see target/test-output/actual-void.ttl").isTrue();
    }

    @Test void tripleAndEntityCountsEqualSparqlCountsOverEveryGraphTheDescriptionIncluded() {
        Resource ds = describe().getResource(KgDataset.DATASET);
        long described = count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Graphs.VOID + "> { ?s ?p ?o } }");
        assertThat(described).isGreaterThan(100);
        assertThat(longValue(ds, VOID.triples)).isEqualTo(46 + 3 + 10 + described)
                .isEqualTo(count(dataset, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"));
        assertThat(longValue(ds, VOID.entities)).isEqualTo(count(dataset, """
                SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?s), "https://w3id.org/csto-kg/id/")) }""")).isGreaterThan(13);
        assertThat(longValue(ds, VOID.classes))
                .isEqualTo(count(dataset, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } }"));
        assertThat(longValue(ds, VOID.properties))
                .isEqualTo(count(dataset, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test void eachNamedGraphIsASubsetWithItsOwnCounts() {
        Model model = describe();
        Resource ds = model.getResource(KgDataset.DATASET);
        java.util.List<String> graphs = new java.util.ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.listNames().forEachRemaining(graphs::add));
        assertThat(graphs).hasSize(4).contains(Graphs.VOID);
        for (String g : graphs) {
            Resource subset = model.getResource(g);
            assertThat(model.contains(ds, VOID.subset, subset)).as("subset %s", g).isTrue();
            assertThat(longValue(subset, VOID.triples)).as("triples of %s", g)
                    .isEqualTo(count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } }"));
            assertThat(longValue(subset, VOID.distinctSubjects)).as("subjects of %s", g)
                    .isEqualTo(count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } }"));
            assertThat(longValue(subset, VOID.properties)).as("properties of %s", g)
                    .isEqualTo(count(dataset, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } }"));
        }
    }

    @Test void partitionsCountInstancesAndTriples() {
        Model model = describe();
        Resource citations = model.listSubjectsWithProperty(VOID._class, KG.Citation).next();
        assertThat(longValue(citations, VOID.entities)).isEqualTo(3)
                .isEqualTo(count(dataset, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c a <" + KG.Citation.getURI() + "> } }"));
        Resource labels = model.listSubjectsWithProperty(VOID.property, RDFS.label).next();
        assertThat(longValue(labels, VOID.triples)).isEqualTo(13)
                .isEqualTo(count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + RDFS.label.getURI() + "> ?o } }"));
    }

    @Test void linksetsCountLinksPerTarget() {
        Model model = describe();
        assertThat(longValue(model.getResource(KgDataset.linkset(LinkTarget.WIKIDATA)), VOID.triples)).isEqualTo(2);
        assertThat(longValue(model.getResource(KgDataset.linkset(LinkTarget.GEONAMES)), VOID.triples)).isEqualTo(1);
        assertThat(longValue(model.getResource(KgDataset.linkset(LinkTarget.DBPEDIA)), VOID.triples)).isEqualTo(0);
    }

    @Test void linksOutsideTheLinksGraphAreNotCounted() {
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(Graphs.forDocument("edm-19-2"))
                .add(dataset.getDefaultModel().createResource(Ids.entity("kazakhstan")), OWL.sameAs,
                        dataset.getDefaultModel().createResource(LinkTarget.WIKIDATA.uriSpace() + "Q232")));
        Model model = describe();
        assertThat(longValue(model.getResource(KgDataset.linkset(LinkTarget.WIKIDATA)), VOID.triples)).isEqualTo(2);
    }

    @Test void describingAgainWithTheDescriptionLoadedGivesTheSameDescription() {
        Model first = describe();
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Graphs.VOID, first));
        assertThat(describe().isIsomorphicWith(first)).isTrue();
    }

    @Test void dumpNeedsADownloadBase() {
        assertThatThrownBy(() -> VoidDescription.create().dump(new DumpFile(dump, "application/trig")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("Dump files need a download base URL");
    }

    @Test void endpointMustBeAnHttpUrl() {
        assertThatThrownBy(() -> VoidDescription.create().sparqlEndpoint("ftp://example.org/sparql"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not an http(s) URL: ftp://example.org/sparql");
    }

    @Test void dumpFileMustExist() {
        assertThatThrownBy(() -> new DumpFile(dir.resolve("missing.trig"), "application/trig"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a dump file: ");
    }

    @Test void checksumIsTheSha256OfTheFile() {
        assertThat(new DumpFile(dump, "application/trig").sha256()).isEqualTo(HELLO_SHA256);
    }


    @Test
    void sourceDateEpochFixesTheBuildTimeAndBlankNodesFollowWhatTheyDescribe() {
        assertThat(VoidDescription.Builder.buildTime("1700000000")).isEqualTo(java.time.Instant.ofEpochSecond(1_700_000_000L));
        assertThat(VoidDescription.Builder.buildTime(null)).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VoidDescription.Builder.buildTime("yesterday"))
                .isInstanceOf(org.w3id.cstokg.KgException.class).hasMessageContaining("SOURCE_DATE_EPOCH must be a whole number");
        java.util.Set<org.apache.jena.graph.Triple> first = describe().getGraph().find().toSet();
        assertThat(first).as("partitions and checksums are blank nodes").anyMatch(t -> t.getObject().isBlank());
        assertThat(describe().getGraph().find().toSet()).as("the same triples, blank node labels included").isEqualTo(first);
    }
}
