package org.w3id.cstokg.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TIME;

/**
 * One event as a row of the event table: its date and ACLED time precision, its ACLED and CAMEO
 * codes, its actors, place and sources, each value taken from the graph or left empty.
 */
record EventRow(Resource event, Optional<LocalDate> date, String precision, EventCoding acled, EventCoding cameo,
        EventActors actors, EventPlace place, String source, String notes) {

    static EventRow of(Resource e) {
        Optional<LocalDate> date = date(e);
        return new EventRow(e, date, precision(e, date), EventCoding.acled(e), EventCoding.cameo(e),
                EventActors.of(e), EventPlace.of(e), source(e), notes(e));
    }

    /** The values in the order of {@link EventTable#COLUMNS}. */
    List<String> values() {
        String code = cameo.code().map(EventCoding::notation).orElse("");
        List<String> v = new ArrayList<>(List.of(event.getURI(), date.map(LocalDate::toString).orElse(""),
                date.map(d -> Integer.toString(d.getYear())).orElse(""), precision,
                acled.code().map(s -> label(s.getPropertyResourceValue(SKOS.broader))).orElse(""),
                acled.code().map(EventRow::label).orElse("")));
        v.addAll(actors.acledValues());
        v.addAll(place.values());
        v.addAll(List.of(source, notes, code, code.isEmpty() ? "" : code.substring(0, 3),
                code.isEmpty() ? "" : code.substring(0, 2), actors.cameo1(), actors.cameo2(),
                acled.notCovered().orElse(""), cameo.notCovered().orElse("")));
        return v;
    }

    /** The local date ({@code kg:date}); none for an event only known to be "by" a date, or undated. */
    private static Optional<LocalDate> date(Resource e) {
        Statement st = e.getProperty(KG.date);
        return st == null ? Optional.empty() : Optional.of(LocalDate.parse(st.getLiteral().getLexicalForm()));
    }

    /** ACLED's time precision: 1 a day, 2 within a week, 3 a longer or open-ended period. */
    private static String precision(Resource e, Optional<LocalDate> date) {
        if (date.isEmpty()) return "";
        Resource time = e.getPropertyResourceValue(TIME.hasTime);
        if (time == null || !time.hasProperty(RDF.type, TIME.Interval)) return "1";
        Resource end = time.getPropertyResourceValue(TIME.hasEnd);
        Statement endDate = end == null ? null : end.getProperty(TIME.inXSDDate);
        if (endDate == null) return "3";
        long days = ChronoUnit.DAYS.between(date.get(), LocalDate.parse(endDate.getLiteral().getLexicalForm()));
        return days == 0 ? "1" : days <= 6 ? "2" : "3";
    }

    /** The outlets the document cites for the event; if it cites none, the outlet of the document itself. */
    private static String source(Resource e) {
        List<String> outlets = e.listProperties(KG.citation).mapWith(Statement::getResource)
                .mapWith(c -> c.getPropertyResourceValue(KG.citesOutlet)).filterDrop(o -> o == null)
                .mapWith(EventRow::label).toList().stream().distinct().sorted().toList();
        if (!outlets.isEmpty()) return String.join("; ", outlets);
        Resource document = e.getPropertyResourceValue(DCTerms.source);
        Resource outlet = document == null ? null : document.getPropertyResourceValue(KG.publishedIn);
        return outlet == null ? "" : label(outlet);
    }

    private static String notes(Resource e) {
        Statement description = e.getProperty(DCTerms.description);
        return label(e) + (description == null ? "" : ". " + description.getString());
    }

    static String label(Resource r) {
        Statement st = r == null ? null : Optional.ofNullable(r.getProperty(SKOS.prefLabel)).orElse(r.getProperty(RDFS.label));
        return st == null ? "" : st.getString();
    }

    static List<Resource> sortedObjects(Resource s, Property p) {
        return s.listProperties(p).mapWith(Statement::getResource).toList().stream()
                .sorted(Comparator.comparing(EventRow::label).thenComparing(Resource::getURI)).toList();
    }
}
