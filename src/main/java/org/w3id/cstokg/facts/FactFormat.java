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
    private final Target outlet;
    private final Target event;
    private final Target concept;

    private FactFormat(List<Kind> all, Target outlet, Target event, Target concept) {
        this.outlet = outlet;
        this.event = event;
        this.concept = concept;
        for (Section s : Section.values()) kinds.put(s, new ArrayList<>());
        all.forEach(k -> kinds.get(k.section()).add(k));
        kinds.replaceAll((s, list) -> List.copyOf(list));
    }

    /**
     * The format of these kinds, in this order (the order messages list them in), with the targets
     * that the file's structure refers to: outlets (a document's, a citation's), events (a time's
     * {@code after}) and concepts (a count's {@code includes}).
     */
    public static FactFormat of(List<Kind> kinds, Target outlet, Target event, Target concept) {
        return new FactFormat(kinds, outlet, event, concept);
    }

    /** References to an outlet: an outlet may go uncited when it is a document's own. */
    public Target outlet() { return outlet; }

    /** References to an event. */
    public Target event() { return event; }

    /** References to a concept of any scheme. */
    public Target concept() { return concept; }

    /** The kinds of a section, in declared order. */
    public List<Kind> kinds(Section section) { return kinds.get(section); }

    /** The kind of {@code section} whose key is {@code key}. */
    public Optional<Kind> kind(Section section, String key) {
        return kinds.get(section).stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** Whether any kind is declared at all (none: the ontology was not found or declares no format). */
    public boolean isEmpty() { return kinds.values().stream().allMatch(List::isEmpty); }
}
