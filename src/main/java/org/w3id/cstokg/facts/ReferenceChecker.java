package org.w3id.cstokg.facts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks what can only be checked across all fact files: identifiers are unique, every reference
 * names a defined identifier of the right kind, uncited outlets are some document's outlet, and
 * no entity has two links to the same external dataset.
 */
final class ReferenceChecker {
    private final ErrorHandler errors;
    private final Map<String, Definition> defined = new LinkedHashMap<>();

    ReferenceChecker(ErrorHandler errors) { this.errors = errors; }

    void check(List<FactFile> files, List<Reading.Reference> references) {
        files.forEach(this::define);
        references.forEach(this::resolve);
        checkUncitedOutlets(files);
        checkDuplicateLinks(files);
    }

    private void define(FactFile file) {
        file.document().map(Definition::of).ifPresent(this::define);
        Stream.of(file.entities().stream().map(Definition::of), file.concepts().stream().map(Definition::of),
                        file.contingents().stream().map(Definition::of), file.events().stream().map(Definition::of),
                        file.statements().stream().map(Definition::of))
                .flatMap(s -> s)
                .forEach(this::define);
    }

    private void define(Definition d) {
        Definition first = defined.putIfAbsent(d.id(), d);
        if (first != null) {
            errors.error(d.at(), "duplicate id '" + d.id() + "' (first defined at " + first.at() + ")");
        }
    }

    private void resolve(Reading.Reference r) {
        Definition d = defined.get(r.ref().id());
        if (d == null) {
            errors.error(r.ref().at(), "'" + r.ref().id() + "' is not defined" + suggestion(r));
        } else if (!d.satisfies().contains(r.target())) {
            errors.error(r.ref().at(), "'" + r.ref().id() + "' must be " + r.target().description()
                    + ", but it is " + d.description());
        }
    }

    private String suggestion(Reading.Reference r) {
        List<String> candidates = defined.values().stream()
                .filter(d -> d.satisfies().contains(r.target())).map(Definition::id).toList();
        Optional<String> best = Suggestions.closest(r.ref().id(), candidates);
        return best.map(b -> " (did you mean '" + b + "'?)").orElse("");
    }

    private void checkUncitedOutlets(List<FactFile> files) {
        Set<String> documentOutlets = new HashSet<>();
        files.forEach(f -> f.document().flatMap(Document::outlet).ifPresent(o -> documentOutlets.add(o.id())));
        files.stream().flatMap(f -> f.entities().stream())
                .filter(e -> e.type() == EntityType.OUTLET && e.cites().isEmpty() && !documentOutlets.contains(e.id()))
                .forEach(e -> errors.error(e.at(), "entity '" + e.id()
                        + "' has no cite (every fact cites its source; only a document's own outlet may omit it)"));
    }

    private void checkDuplicateLinks(List<FactFile> files) {
        Map<String, Location> first = new LinkedHashMap<>();
        files.stream().flatMap(f -> f.links().stream()).forEach(link -> Stream.of(
                        link.wikidata().map(x -> "wikidata"), link.dbpedia().map(x -> "dbpedia"),
                        link.geonames().map(x -> "geonames"))
                .flatMap(Optional::stream)
                .forEach(dataset -> {
                    Location earlier = first.putIfAbsent(link.entity().id() + " " + dataset, link.at());
                    if (earlier != null) {
                        errors.error(link.at(), "duplicate " + dataset + " link of '" + link.entity().id()
                                + "' (first given at " + earlier + ")");
                    }
                }));
    }
}
