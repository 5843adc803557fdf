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

/**
 * Short column names for property paths: {@code troopCount}, {@code troopCount.value},
 * {@code hasTime.inXSDDate}. A local name shared by two properties, or equal to a reserved
 * column, becomes {@code prefix_local} for every property that has it.
 */
final class AttributeNames {
    private final Map<Node, String> names = new HashMap<>();

    private AttributeNames(Collection<Node> properties, PrefixMapping prefixes) {
        Map<String, List<Node>> byLocal = properties.stream().distinct()
                .collect(Collectors.groupingBy(AttributeNames::localName));
        byLocal.forEach((local, props) -> {
            boolean clash = props.size() > 1 || PropertyGraph.RESERVED.contains(local);
            for (Node p : props) {
                names.put(p, clash ? qualified(p, local, prefixes) : local);
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
        return path.stream().map(names::get).collect(Collectors.joining("."));
    }

    /** The part of an IRI after its last {@code #} or {@code /}. */
    static String localName(Node iri) {
        String s = iri.getURI();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
    }

    private static String qualified(Node p, String local, PrefixMapping prefixes) {
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
