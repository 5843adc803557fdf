package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * {@code kg export --format events-csv} on the real graph, read back with a CSV library: one row
 * per event with ACLED's and GDELT's columns, and the exact values of a few rows (docs/events.md).
 */
class TestEventTable {
    private static Dataset real;
    private static Map<String, CSVRecord> byEvent;

    @BeforeAll
    static void build() throws IOException {
        BuildResult built = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
        assertThat(built.errors()).isEmpty();
        real = built.dataset();
        byEvent = read(real).stream().collect(Collectors.toMap(r -> r.get("event_iri"), r -> r));
    }

    static List<CSVRecord> read(Dataset ds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(ds, Format.EVENTS_CSV, out);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)), format)) {
            assertThat(csv.getHeaderNames()).containsExactlyElementsOf(EventTable.COLUMNS);
            return csv.getRecords();
        }
    }

    @Test
    void oneRowPerEventOfTheGraph() {
        long events;
        try (QueryExecution qe = QueryExecution.dataset(real).query("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?c } "
                + "GRAPH ?o { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* <" + KG.Event.getURI() + "> } }").build()) {
            events = qe.execSelect().next().getLiteral("n").getLong();
        }
        assertThat(events).isEqualTo(31);
        assertThat(byEvent).hasSize(31);
    }

    @Test
    void theAppealIsAnAppealForMilitaryAidThatAcledDoesNotCover() {
        CSVRecord r = row("tokayev-appeal-to-csto");
        assertThat(List.of(r.get("event_date"), r.get("year"), r.get("time_precision"), r.get("EventCode"),
                r.get("EventBaseCode"), r.get("EventRootCode"), r.get("actor1"), r.get("Actor1Code"), r.get("actor2"),
                r.get("assoc_actor_2"), r.get("Actor2Code"), r.get("event_type"), r.get("sub_event_type"), r.get("source")))
                .containsExactly("2022-01-05", "2022", "1", "0232", "023", "02", "Kassym-Jomart Tokayev", "KAZGOV",
                        "Armenia", "Belarus; Collective Security Treaty Organization; Kyrgyzstan; Russia; Tajikistan", "ARM", "", "", "Gov.kz");
        assertThat(r.get("acled_not_covered")).startsWith("ACLED records political violence").contains("request for help");
        assertThat(r.get("cameo_not_covered")).isEmpty();
    }

    @Test
    void theLandingOfTheRussianContingentIsADeploymentAndAStrategicDevelopment() {
        CSVRecord r = row("russian-contingent-landing");
        assertThat(List.of(r.get("event_date"), r.get("time_precision"), r.get("event_type"), r.get("sub_event_type"),
                r.get("actor1"), r.get("inter1"), r.get("interaction"), r.get("country"), r.get("location"),
                r.get("latitude"), r.get("EventCode"), r.get("Actor1Code"), r.get("source")))
                .containsExactly("2022-01-06", "1", "Strategic developments", "Other", "Russian contingent", "8", "80",
                        "Kazakhstan", "Kazakhstan", "", "074", "RUSMIL", "Eurasia Daily Monitor");
    }

    @Test
    void theDisordersAreRiotsOverAnOpenPeriodAndAlmatyHasItsVerifiedCoordinates() {
        CSVRecord open = row("kazakhstan-disorders");
        assertThat(List.of(open.get("event_date"), open.get("time_precision"), open.get("event_type"),
                open.get("sub_event_type"), open.get("EventCode"), open.get("EventRootCode"), open.get("actor1")))
                .containsExactly("2022-01-02", "3", "Riots", "Violent demonstration", "145", "14", "");
        CSVRecord almaty = row("disorders-reach-almaty");
        assertThat(List.of(almaty.get("event_date"), almaty.get("time_precision"), almaty.get("location"),
                almaty.get("country"), almaty.get("admin1"), almaty.get("latitude"), almaty.get("longitude")))
                .containsExactly("", "", "Almaty", "Kazakhstan", "", "43.25249", "76.9115");
    }

    @Test
    void typesWithACodeGiveItAndUncoveredTypesSaySo() {
        CSVRecord call = row("presidents-telephone-round");
        assertThat(List.of(call.get("EventCode"), call.get("time_precision"), call.get("event_type")))
                .containsExactly("041", "2", "");
        CSVRecord publication = row("csc-decision-publication");
        assertThat(publication.get("EventCode")).isEmpty();
        assertThat(publication.get("cameo_not_covered")).startsWith("CAMEO codes what actors say and do");
        assertThat(row("csto-mission-kazakhstan-2022").get("time_precision")).isEqualTo("3");
        assertThat(row("medal-ceremony").get("EventCode")).isEqualTo("017");
    }

    @Test
    void anEventWithoutItsOwnCodeLosesItsRowValuesNegativeTwin() throws IOException {
        Dataset copy = DatasetFactory.create();
        real.listNames().forEachRemaining(n -> copy.addNamedModel(n, real.getNamedModel(n)));
        Model doc = copy.getNamedModel("https://w3id.org/csto-kg/graph/edm-19-2");
        Resource appeal = doc.getResource(Ids.entity("tokayev-appeal-to-csto"));
        doc.removeAll(appeal, KG.cameoEventCode, null);
        CSVRecord r = read(copy).stream().filter(x -> x.get("event_iri").equals(appeal.getURI())).findFirst().orElseThrow();
        assertThat(List.of(r.get("EventCode"), r.get("EventBaseCode"), r.get("EventRootCode"), r.get("cameo_not_covered")))
                .containsExactly("", "", "", "");
    }

    /** docs/events.md reviews every event: its table gives each the code and type the graph gives it, and no other event. */
    @Test
    void theReviewedTableOfDocsEventsMdIsTheGraphs() throws IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs", "events.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^\\| `([a-z0-9-]+)` \\| (not covered|[0-9]{3,4})[^|]*\\| (not covered|[^|/]+ / [^|]+?) \\|").matcher(doc);
        Map<String, String> documented = new java.util.TreeMap<>();
        while (m.find()) documented.put(Ids.entity(m.group(1)), m.group(2) + " | " + m.group(3));
        Map<String, String> graph = new java.util.TreeMap<>();
        byEvent.forEach((iri, r) -> graph.put(iri, (r.get("EventCode").isEmpty() ? "not covered" : r.get("EventCode")) + " | "
                + (r.get("event_type").isEmpty() ? "not covered" : r.get("event_type") + " / " + r.get("sub_event_type"))));
        assertThat(documented).hasSize(31).isEqualTo(graph);
    }

    private static CSVRecord row(String id) {
        CSVRecord r = byEvent.get(Ids.entity(id));
        assertThat(r).as("row of %s", id).isNotNull();
        return r;
    }
}
