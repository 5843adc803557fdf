package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.OntologyCopy;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.KgStore;

/**
 * The proof that the fact format is data: a new kind of event ({@code casualty-report}) and two new
 * keys ({@code casualties}, a count; {@code reportedBy}, an outlet), and a new key of memberships
 * ({@code since}, a date), declared only in copies of the ontology and shapes
 * (src/test/resources/new-kind/), are loaded, validated with file:line:col errors, audited,
 * exported and shown on /doc/ pages, with no Java written for them.
 */
class TestNewKindOfFact {
    private static final Path CASE = Path.of("src/test/resources/new-kind");
    private static final String EX = "https://example.org/casualties#";

    @TempDir
    Path temp;
    private Path ontology;
    private Path data;

    @BeforeEach
    void setUp() throws IOException {
        ontology = OntologyCopy.withShapesOf(Path.of("ontology"), temp.resolve("ontology"));
        Files.copy(CASE.resolve("casualties.ttl"), ontology.resolve("casualties.ttl"));
        Files.copy(CASE.resolve("shapes/casualties.ttl"), ontology.resolve("shapes/casualties.ttl"));
        data = Files.createDirectories(temp.resolve("data"));
        Files.copy(CASE.resolve("data/report.yaml"), data.resolve("report.yaml"));
    }

    private KgRun build() {
        return KgRun.of("build", "--data", data.toString(), "--ontology", ontology.toString(), "--qc", "queries/qc",
                "--out", temp.resolve("kg").toString());
    }

    private KgRun validate() {
        return KgRun.of("validate", "--data", data.toString(), "--ontology", ontology.toString(), "--qc", "queries/qc");
    }

    @Test
    void theNewKindIsBuiltWithItsCountRangeAndPlace() {
        assertBuiltGraphHas("""
                  id:test-city-casualties a ex:CasualtyReport ; kg:place id:test-city ; ex:reportedBy id:wire-agency ;
                      ex:casualtyCount ?n ; time:hasTime/time:hasBeginning/time:inXSDDate "2022-01-02"^^<http://www.w3.org/2001/XMLSchema#date> .
                  ?n schema:minValue 220 ; schema:unitText "deaths" ; kg:citation/kg:citesOutlet id:wire-agency .
                  FILTER NOT EXISTS { ?n schema:value ?v }
                """);
    }

    @Test
    void aNewKeyOfMembershipsIsMappedWithItsOwnEvidence() {
        assertBuiltGraphHas("""
                  id:test-city-member-of-test-league a org:Membership ; org:member id:test-city ;
                      org:organization id:test-league ; rdfs:label "Test City member of Test League"@en ;
                      ex:memberSince "2020-05-01"^^<http://www.w3.org/2001/XMLSchema#date> .
                  id:test-city org:memberOf id:test-league .
                  ?since rdf:subject id:test-city-member-of-test-league ; rdf:predicate ex:memberSince ;
                      kg:citation/oa:hasSelector/oa:exact "on May 1, 2020" .
                  ?member rdf:subject id:test-city-member-of-test-league ; rdf:predicate org:member ;
                      kg:citation/oa:hasSelector/oa:exact "Test City joined the Test League" .
                """);
    }

    @Test
    void aNewSectionIsReadMappedAndNamedByItsTemplates() {
        assertBuiltGraphHas("""
                  id:test-league-watched-test-city a ex:Observation ; ex:observer id:test-league ;
                      ex:observed id:test-city ; rdfs:label "Test League watching Test City"@en ;
                      time:hasTime/time:inXSDDate "2022-01-12"^^<http://www.w3.org/2001/XMLSchema#date> .
                """);
    }

    @Test
    void aNewKeyOfTheDocumentHeaderIsMappedOntoTheArticle() {
        assertBuiltGraphHas("""
                  id:doc-c a kg:Article ; ex:doi "10.5555/doc-c"@en ; kg:volume 1 ; <https://schema.org/url> <https://example.org/doc-c> .
                """);
    }

    @Test
    void aBadValueOfADocumentKeyIsAnErrorAtItsPlace() throws IOException {
        replace("  url: https://example.org/doc-c\n", "  url: example.org/doc-c\n  dio: 10.5555/doc-c\n");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":8:8: invalid web address 'example.org/doc-c' (expected an"
                        + " absolute http or https IRI)")
                .contains(data.resolve("report.yaml") + ":9:3: unknown key 'dio' in document of type article (expected one of:"
                        + " id, type, title, outlet, paragraphs, text, layout, doi, issue, published, seriesPart, url, volume)");
    }

    @Test
    void theNewSectionsKeysAndRequirementsAreCheckedAtTheirPlace() throws IOException {
        replace("{observer: test-league, observed: test-city,", "{observer: test-league, watched: test-city,");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":31:29: unknown key 'watched' in observation (expected one of:"
                        + " cite, date, time, timeZone, observed, observer)")
                .contains(data.resolve("report.yaml") + ":31:5: missing key 'observed' in observation");
    }

    @Test
    void theAuditMissesTheNewSectionsDateWhenItIsGone() throws IOException {
        String[] audit = {"audit", "--data", data.toString(), "--ontology", ontology.toString(),
                "--source", CASE.resolve("article.txt").toString(), "--document", "doc-c"};
        replace(", date: 2022-01-12", "");
        KgRun failed = KgRun.of(audit);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("\"January 12\" (2022-01-12)").contains("test-league-watched-test-city");
    }

    @Test
    void aBadValueOfTheNewMembershipKeyIsAnErrorAtItsPlace() throws IOException {
        replace("since: {value: 2020-05-01,", "since: {value: 2020-13-01,");
        replace("organization: test-league,", "organization: test-league, sinse: 2020,");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":29:80: invalid date '2020-13-01' (expected YYYY-MM-DD)")
                .contains(data.resolve("report.yaml") + ":29:52: unknown key 'sinse' in membership (expected one of:"
                        + " cite, member, organization, since)");
    }

    @Test
    void aBadValueOfTheNewKeyIsAnErrorAtItsPlace() throws IOException {
        replace("casualties: {min: 220}", "casualties: {min: many}");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":25:23: count 'many' is not an integer");
    }

    @Test
    void theNewKindsKeysAreCheckedLikeAnyOther() throws IOException {
        replace("reportedBy: wire-agency", "reportedBy: test-city");
        replace("    casualties: {min: 220}\n", "    troops: 5\n    casualties: {min: 220}\n");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":25:5: unknown key 'troops' in event of type casualty-report")
                .contains(data.resolve("report.yaml") + ":27:17: 'test-city' must be an entity of type outlet,"
                        + " but it is an entity of type city");
    }

    @Test
    void theNewShapeHoldsTheNewKind() throws IOException {
        replace("    casualties: {min: 220}\n", "");
        KgRun run = validate();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(data.resolve("report.yaml") + ":17:9: ")
                .contains("A casualty report states how many died.");
    }

    @Test
    void theAuditFindsTheNewCountAndMissesItWhenItIsGone() throws IOException {
        String[] audit = {"audit", "--data", data.toString(), "--ontology", ontology.toString(),
                "--source", CASE.resolve("article.txt").toString(), "--document", "doc-c"};
        KgRun passed = KgRun.of(audit);
        assertThat(passed.code()).as(passed.out()).isEqualTo(0);
        replace("casualties: {min: 220}", "casualties: {min: 230}");
        KgRun failed = KgRun.of(audit);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("220");
    }

    @Test
    void theExportsAndTheDocPageShowIt() throws Exception {
        assertThat(build().code()).isEqualTo(0);
        Path graphml = temp.resolve("report.graphml");
        assertThat(KgRun.of("export", "--format", "graphml", "--graph", temp.resolve("kg/csto-kg.trig").toString(),
                "--output", graphml.toString()).code()).isEqualTo(0);
        assertThat(Files.readString(graphml)).contains("Deaths in the unrest in Test City").contains("CasualtyReport")
                .contains("casualtyCount.minValue");
        try (KgStore store = KgStore.open(temp.resolve("kg"));
             CstoServer server = CstoServer.create().port(0).dataset(store.dataset()).build().start()) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + "doc/test-city-casualties")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Deaths in the unrest in Test City").contains("Casualty report")
                    .contains(">" + EX + "casualtyCount<").contains(">220 <").contains(">deaths<")
                    .contains(">" + EX + "reportedBy<").contains(">Wire Agency<");
        }
    }

    /** Builds the case and asks whether the document's graph matches {@code patterns} (SPARQL, the prefixes below). */
    private void assertBuiltGraphHas(String patterns) {
        KgRun run = build();
        assertThat(run.code()).as(run.err()).isEqualTo(0);
        Dataset built = RDFDataMgr.loadDataset(temp.resolve("kg/csto-kg.trig").toString());
        String ask = """
                PREFIX ex: <%s>
                PREFIX kg: <https://w3id.org/csto-kg/ontology#>
                PREFIX id: <https://w3id.org/csto-kg/id/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <https://schema.org/>
                PREFIX time: <http://www.w3.org/2006/time#>
                ASK { GRAPH <https://w3id.org/csto-kg/graph/doc-c> { %s } }""".formatted(EX, patterns);
        try (QueryExecution qe = QueryExecution.dataset(built).query(ask).build()) {
            assertThat(qe.execAsk()).as(ask).isTrue();
        }
    }

    private void replace(String from, String to) throws IOException {
        Path file = data.resolve("report.yaml");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

}
