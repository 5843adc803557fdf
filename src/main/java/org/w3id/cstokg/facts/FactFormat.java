package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of fact the fact files may hold, section by section, with their keys: the fact format
 * as data. It is read from the ontology (see {@code load.OntologyFactFormat} and
 * docs/fact-format.md#declaring-a-new-kind-of-fact); the reader checks files against it and the
 * mapper follows it, so a new section, kind or key is an ontology change, not a code change.
 */
public final class FactFormat {
    /** The sections every fact file has besides those of declared kinds: its source, its external links, its audit notes. */
    public static final String DOCUMENT = "document", LINKS = "links", AUDIT = "audit";
    /**
     * The {@code document} section as kinds name it ({@code kg:factSection "document"}): one mapping
     * whose {@code type} is the kind, read by its own reader, not a list of facts.
     */
    public static final Section DOCUMENT_SECTION = new Section(DOCUMENT, Optional.of("type"), "document",
            Section.TimeShape.NONE, 0);

    private final Map<Section, List<Kind>> kinds = new LinkedHashMap<>();
    private final List<Kind> documentKinds = new ArrayList<>();
    private final Target outlet;
    private final Target event;
    private final Target concept;

    private FactFormat(List<Section> sections, List<Kind> all, Target outlet, Target event, Target concept) {
        this.outlet = outlet;
        this.event = event;
        this.concept = concept;
        sections.stream().sorted().forEach(s -> kinds.put(s, new ArrayList<>()));
        for (Kind k : all) {
            if (k.section().equals(DOCUMENT_SECTION)) documentKinds.add(k);
            else kinds.computeIfAbsent(k.section(), s -> new ArrayList<>()).add(k);
        }
        kinds.replaceAll((s, list) -> List.copyOf(list));
    }

    /**
     * The format of these sections and kinds, the kinds in this order (the order messages list them
     * in), with the targets that the file's structure refers to: outlets (a document's, a
     * citation's), events (a time's {@code after}) and concepts (a count's {@code includes}).
     */
    public static FactFormat of(List<Section> sections, List<Kind> kinds, Target outlet, Target event, Target concept) {
        return new FactFormat(sections, kinds, outlet, event, concept);
    }

    /** The declared kinds of document, with their keys. */
    public List<Kind> documentKinds() { return List.copyOf(documentKinds); }

    /** The kind of document whose {@code type} is {@code key}, with the keys the ontology declares for it. */
    public Optional<Kind> documentKind(String key) {
        return documentKinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The sections of declared kinds, in their declared order. */
    public List<Section> sections() { return List.copyOf(kinds.keySet()); }

    /** The section whose key is {@code key}. */
    public Optional<Section> section(String key) {
        return kinds.keySet().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The top-level keys of a fact file: {@code document}, the sections of declared kinds, {@code links}, {@code audit}. */
    public List<String> topLevelKeys() {
        List<String> out = new ArrayList<>(List.of(DOCUMENT));
        kinds.keySet().forEach(s -> out.add(s.key()));
        out.add(LINKS);
        out.add(AUDIT);
        return List.copyOf(out);
    }

    /** References to an outlet: an outlet may go uncited when it is a document's own. */
    public Target outlet() { return outlet; }

    /** References to an event. */
    public Target event() { return event; }

    /** References to a concept of any scheme. */
    public Target concept() { return concept; }

    /** The kinds of a section, in declared order. */
    public List<Kind> kinds(Section section) { return kinds.getOrDefault(section, List.of()); }

    /** The kind of {@code section} whose key is {@code key}. */
    public Optional<Kind> kind(Section section, String key) {
        return kinds(section).stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** Whether any kind is declared at all (none: the ontology was not found or declares no format). */
    public boolean isEmpty() { return kinds.values().stream().allMatch(List::isEmpty); }
}
