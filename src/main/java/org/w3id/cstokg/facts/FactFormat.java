package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of fact the fact files may hold, section by section, with their keys: the fact format
 * as data. It is read from the ontology (see {@code load.OntologyFactFormat} and
 * docs/fact-format.md#declaring-a-new-kind-of-fact); the reader checks files against it and the
 * mapper follows it, so a new kind or key is an ontology change, not a code change.
 */
public final class FactFormat {
    private final Map<Section, List<Kind>> kinds = new EnumMap<>(Section.class);

    private FactFormat(List<Kind> all) {
        for (Section s : Section.values()) kinds.put(s, new ArrayList<>());
        all.forEach(k -> kinds.get(k.section()).add(k));
        kinds.replaceAll((s, list) -> List.copyOf(list));
    }

    /** The format of these kinds, in this order (the order messages list them in). */
    public static FactFormat of(List<Kind> kinds) { return new FactFormat(kinds); }

    /** The kinds of a section, in declared order. */
    public List<Kind> kinds(Section section) { return kinds.get(section); }

    /** The kind of {@code section} whose key is {@code key}. */
    public Optional<Kind> kind(Section section, String key) {
        return kinds.get(section).stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** Whether any kind is declared at all (none: the ontology was not found or declares no format). */
    public boolean isEmpty() { return kinds.values().stream().allMatch(List::isEmpty); }
}
