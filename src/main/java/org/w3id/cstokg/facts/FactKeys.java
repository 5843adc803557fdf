package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The keys the fact reader accepts, per kind of mapping. The reader checks against these, and
 * a test holds docs/fact-file.schema.json to them, so the schema and the reader cannot drift.
 */
public final class FactKeys {
    private FactKeys() {}

    public static List<String> entity(EntityType type) {
        Stream<String> extra = Stream.concat(type.links().stream().map(Link::key), type.counts().stream().map(Count::key));
        if (type == EntityType.TREATY_ARTICLE) extra = Stream.concat(extra, Stream.of(EntityType.NUMBER_KEY));
        if (Codes.ACTOR_TYPES.contains(type)) extra = Stream.concat(extra, Codes.KEYS.stream());
        return concat(EntityType.COMMON_KEYS.stream(), extra.sorted());
    }

    public static List<String> event(EventType type) {
        Stream<String> extra = Stream.of(type.links().stream().map(Link::key), type.counts().stream().map(Count::key),
                type.otherKeys().stream()).flatMap(s -> s).sorted();
        Stream<String> common = Stream.of(EventType.COMMON_KEYS.stream(), Time.KEYS.stream(),
                EventType.COMMON_LINKS.stream().map(Link::key).sorted()).flatMap(s -> s);
        return concat(common, extra);
    }

    public static List<String> contingent() {
        return concat(Stream.concat(Contingent.OTHER_KEYS.stream(), Codes.KEYS.stream()), Contingent.LINKS.stream().map(Link::key));
    }

    /** The accepted keys of every kind of mapping, by the name the JSON Schema gives it in {@code $defs}. */
    public static Map<String, Set<String>> all() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put("factFile", Set.copyOf(FactFile.SECTIONS));
        out.put("document", Set.copyOf(Document.KEYS));
        out.put("entity", union(Arrays.stream(EntityType.values()).map(FactKeys::entity)));
        out.put("concept", Set.copyOf(Concept.KEYS));
        out.put("membership", Set.copyOf(Membership.KEYS));
        out.put("holding", Set.copyOf(Holding.KEYS));
        out.put("contingent", Set.copyOf(contingent()));
        out.put("event", union(Arrays.stream(EventType.values()).map(FactKeys::event)));
        out.put("statement", Set.copyOf(Statement.KEYS));
        out.put("link", Set.copyOf(ExternalLink.KEYS));
        out.put("auditNote", Set.copyOf(AuditNote.KEYS));
        out.put("citation", Set.copyOf(CitationReader.KEYS));
        out.put("outletCitation", Set.copyOf(CitationReader.OUTLET_KEYS));
        out.put("quantity", Set.copyOf(QuantityReader.KEYS));
        out.put("after", Set.copyOf(TimeReader.AFTER_KEYS));
        return out;
    }

    static List<String> entityAll() { return List.copyOf(new LinkedHashSet<>(
            Arrays.stream(EntityType.values()).flatMap(t -> entity(t).stream()).toList())); }

    static List<String> eventAll() { return List.copyOf(new LinkedHashSet<>(
            Arrays.stream(EventType.values()).flatMap(t -> event(t).stream()).toList())); }

    private static List<String> concat(Stream<String> a, Stream<String> b) {
        return List.copyOf(new LinkedHashSet<>(Stream.concat(a, b).toList()));
    }

    private static Set<String> union(Stream<List<String>> lists) {
        return Set.copyOf(lists.flatMap(List::stream).toList());
    }
}
