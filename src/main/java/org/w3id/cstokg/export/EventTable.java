package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.KG;

/**
 * The events as a table for users of the event datasets: one CSV row per event, in ACLED's
 * column layout as far as the graph supports it, with GDELT's CAMEO columns beside them
 * (docs/events.md). Nothing is filled in that the graph does not hold: no coordinates without a
 * verified geometry, no date for an event the document does not date.
 * Usage: {@code EventTable.write(dataset, out);}
 */
public final class EventTable {
    /** The columns, in order: ACLED's names in lower case, GDELT's in camel case, then ours. */
    public static final List<String> COLUMNS = List.of("event_iri", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "country", "admin1", "location", "latitude", "longitude", "source", "notes",
            "EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "Actor2Code",
            "acled_not_covered", "cameo_not_covered");

    private EventTable() {}

    /**
     * Writes the table of the events in the union of the dataset's named graphs; the ontology graph
     * must be among them (it says which classes are events and holds the cross-walk). No event, no row.
     */
    public static void write(Dataset dataset, OutputStream out) {
        List<EventRow> rows = rows(dataset.getUnionModel());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            for (EventRow row : rows) csv.printRecord(row.values());
            csv.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The rows, dated events first by date, then by IRI. */
    static List<EventRow> rows(Model m) {
        Set<Resource> eventClasses = subclassesOf(m, KG.Event);
        return m.listSubjectsWithProperty(RDF.type).filterKeep(s -> s.isURIResource()
                        && s.listProperties(RDF.type).mapWith(Statement::getObject).filterKeep(eventClasses::contains).hasNext())
                .mapWith(EventRow::of).toList().stream()
                .sorted(Comparator.comparing((EventRow r) -> r.date().orElse(LocalDate.MAX))
                        .thenComparing(r -> r.event().getURI()))
                .toList();
    }

    private static Set<Resource> subclassesOf(Model m, Resource top) {
        Set<Resource> found = new HashSet<>(Set.of(top));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Statement st : m.listStatements(null, RDFS.subClassOf, (Resource) null).toList()) {
                if (found.contains(st.getObject()) && found.add(st.getSubject())) grew = true;
            }
        }
        return found;
    }
}
