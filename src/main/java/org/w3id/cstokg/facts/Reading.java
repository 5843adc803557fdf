package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state of reading one fact file: where errors go, and the references and cited parts
 * seen, which can only be checked once every file (or the file's document) is known.
 */
final class Reading {
    /** Identifiers are lower-case ASCII slugs. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A reference and what it must point to. */
    record Reference(Ref ref, Target target) {}

    /** A part of the document used by a citation or an audit note. */
    record PartUse(CitedPart part, Location at) {}

    final String file;
    /** The kinds of fact and their keys, declared in the ontology. */
    final FactFormat format;
    private final ErrorHandler errors;
    final List<Reference> references = new ArrayList<>();
    final List<PartUse> parts = new ArrayList<>();
    /** Identifiers of items that had errors and were left out: references to them are not errors again. */
    final Set<String> brokenIds = new HashSet<>();

    Reading(String file, FactFormat format, ErrorHandler errors) {
        this.file = file;
        this.format = format;
        this.errors = errors;
    }

    void error(Location at, String message) { errors.error(at, message); }

    /** Checks that {@code text} is a valid identifier, reporting it if not. */
    boolean checkSlug(String text, Location at) {
        if (SLUG.matcher(text).matches()) return true;
        error(at, "'" + text + "' is not a valid identifier (expected a lower-case slug such as 'vladimir-putin')");
        return false;
    }

    /** A reference to check later, or null if it is not even a valid identifier. */
    Ref reference(String id, Location at, Target target) {
        if (!checkSlug(id, at)) return null;
        Ref ref = new Ref(id, at);
        references.add(new Reference(ref, target));
        return ref;
    }
}
