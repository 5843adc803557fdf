package org.w3id.cstokg.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.TIME;

/**
 * Short column names for property paths: {@code troopCount} (its {@code schema:value}),
 * {@code troopCount.approximate}, {@code time} (a {@code time:hasTime}'s date), {@code time.start},
 * {@code geometry} (its WKT). A property is named by its local name or by its short name in
 * {@link #SHORT}; a step that only holds the value of its part ({@link #VALUE_STEPS}) adds nothing
 * to the name. A name shared by two properties, or equal to a reserved column, becomes
 * {@code prefix_local} for every property that has it.
 */
final class AttributeNames {
    /** Properties with a shorter or clearer column name than their local name. */
    static final Map<Node, String> SHORT = Map.of(
            TIME.hasTime.asNode(), "time", TIME.hasBeginning.asNode(), "start", TIME.hasEnd.asNode(), "end",
            GEO.hasGeometry.asNode(), "geometry", DCTerms.source.asNode(), "document");
    /** Properties that hold a part's value: a path ending in one is named by the path before it. */
    static final Set<Node> VALUE_STEPS = Set.of(SchemaDO.value.asNode(), TIME.inXSDDate.asNode(),
            TIME.inXSDDateTimeStamp.asNode(), GEO.asWKT.asNode());

    private final Map<Node, String> names = new HashMap<>();

    private AttributeNames(Collection<Node> properties, PrefixMapping prefixes) {
        Map<String, List<Node>> byLocal = properties.stream().distinct()
                .collect(Collectors.groupingBy(p -> SHORT.getOrDefault(p, localName(p))));
        byLocal.forEach((local, props) -> {
            boolean clash = props.size() > 1 || PropertyGraph.RESERVED.contains(local);
            for (Node p : props) {
                names.put(p, clash ? qualified(p, prefixes) : local);
            }
        });
    }

    /** Names for every property that appears in some path. */
    static AttributeNames of(Collection<List<Node>> paths, PrefixMapping prefixes) {
        Set<Node> properties = new java.util.HashSet<>();
        paths.forEach(properties::addAll);
        return new AttributeNames(properties, prefixes);
    }

    /** The column name of a path of properties. */
    String name(List<Node> path) {
        List<Node> named = path.size() > 1 && VALUE_STEPS.contains(path.get(path.size() - 1))
                ? path.subList(0, path.size() - 1) : path;
        return named.stream().map(names::get).collect(Collectors.joining("."));
    }

    /** The part of an IRI after its last {@code #} or {@code /}. */
    static String localName(Node iri) {
        String s = iri.getURI();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
    }

    private static String qualified(Node p, PrefixMapping prefixes) {
        String local = localName(p);
        String ns = p.getURI().substring(0, p.getURI().length() - local.length());
        String prefix = prefixes.getNsURIPrefix(ns);
        if (prefix == null || prefix.isEmpty()) {
            prefix = "ns" + Math.abs(ns.hashCode() % 1000);
        }
        return prefix + "_" + local;
    }

    /** For diagnostics and tests: every column name in use. */
    Set<String> all() {
        return new TreeSet<>(names.values());
    }
}
