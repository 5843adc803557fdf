package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/** The outlets and dates one {@code kg:Citation} node gives ({@code kg:citesOutlet}, {@code kg:citedDate}, {@code kg:accessedDate}). */
final class CitedSources {

    private CitedSources() {}

    static List<CitedSource> of(Resource citation) {
        List<CitedSource> sources = new ArrayList<>();
        List<LocalDate> cited = dates(citation, KG.citedDate);
        List<LocalDate> accessed = dates(citation, KG.accessedDate);
        for (Resource outlet : objects(citation, KG.citesOutlet)) {
            Set<String> labels = labels(outlet);
            cited.forEach(d -> sources.add(new CitedSource(labels, Optional.of(d), false)));
            accessed.forEach(d -> sources.add(new CitedSource(labels, Optional.of(d), true)));
            if (cited.isEmpty() && accessed.isEmpty()) {
                sources.add(new CitedSource(labels, Optional.empty(), false));
            }
        }
        return sources;
    }

    static List<Resource> objects(Resource subject, Property property) {
        return subject.listProperties(property).filterKeep(s -> s.getObject().isResource())
                .mapWith(Statement::getResource).toList();
    }

    static Set<String> labels(Resource outlet) {
        Set<String> labels = new HashSet<>();
        for (Property property : List.of(RDFS.label, SKOS.altLabel, SKOS.prefLabel)) {
            outlet.listProperties(property).filterKeep(s -> s.getObject().isLiteral())
                    .forEach(s -> labels.add(s.getString()));
        }
        return labels;
    }

    private static List<LocalDate> dates(Resource citation, Property property) {
        List<LocalDate> dates = new ArrayList<>();
        for (Statement s : citation.listProperties(property).toList()) {
            if (s.getObject().isLiteral()) {
                try {
                    dates.add(LocalDate.parse(s.getString().strip(), DateTimeFormatter.ISO_DATE));
                } catch (DateTimeParseException e) {
                    // An ill-formed date cites no date; the validator reports it.
                }
            }
        }
        return dates;
    }
}
