package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what can only be checked across all fact files: identifiers are unique, every reference
 * names a defined identifier of the right kind, uncited outlets are some document's outlet, and
 * no entity has two links to the same external dataset. Files are added one at a time, so the
 * checker keeps only definitions and the references it could not resolve yet (to identifiers of
 * later files), not the files: {@link #add} each file, then {@link #finish}.
 */
final class ReferenceChecker {
    private final ErrorHandler errors;
    private final Map<String, Definition> defined = new LinkedHashMap<>();
    private final List<Reading.Reference> pending = new ArrayList<>();
    private final Set<String> brokenIds = new HashSet<>();
    private final Set<String> documentOutlets = new HashSet<>();
    private final List<Fact> uncitedOutlets = new ArrayList<>();
    private final Map<String, Location> firstLinks = new LinkedHashMap<>();

    ReferenceChecker(ErrorHandler errors) { this.errors = errors; }

    /**
     * Defines the identifiers of one file and resolves the references that its own and earlier
     * files define; the others wait for {@link #finish}.
     */
    void add(Optional<FactFile> file, Reading reading) {
        FileTerms terms = FileTerms.of(file, reading);
        terms.definitions().forEach(this::define);
        terms.documentOutlet().ifPresent(documentOutlets::add);
        uncitedOutlets.addAll(terms.uncitedOutlets());
        for (FileTerms.LinkKey link : terms.links()) {
            Location earlier = firstLinks.putIfAbsent(link.key(), link.at());
            if (earlier != null) {
                errors.error(link.at(), "duplicate " + link.dataset() + " link of '" + link.entity() + "' (first given at " + earlier + ")");
            }
        }
        brokenIds.addAll(terms.brokenIds());
        for (Reading.Reference r : terms.references()) {
            if (defined.containsKey(r.ref().id())) resolve(r);
            else pending.add(r);
        }
    }

    /** Resolves the references still open, and checks the uncited outlets. */
    void finish() {
        pending.stream().filter(r -> !brokenIds.contains(r.ref().id())).forEach(this::resolve);
        pending.clear();
        uncitedOutlets.stream().filter(e -> !documentOutlets.contains(e.id()))
                .forEach(e -> errors.error(e.at(), "entity '" + e.id()
                        + "' has no cite (every fact cites its source; only a document's own outlet may omit it)"));
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
}
