package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.w3id.cstokg.facts.YamlNode.Mapping;
import org.w3id.cstokg.facts.YamlNode.Scalar;
import org.w3id.cstokg.facts.YamlNode.ScalarKind;
import org.w3id.cstokg.facts.YamlNode.Sequence;

/**
 * The keys of one YAML mapping that stands for a fact (or part of one), read as typed values.
 * Unknown keys, missing keys and wrong types are reported; the getters then answer empty.
 */
final class Fields {
    /** The keys of the long form of a value that carries its own citation: {@code {value: V, cite: C}}. */
    private static final List<String> CITED_VALUE = List.of("value", "cite");

    private final Mapping map;
    private final String what;
    final Reading reading;
    private final ValueCites valueCites;

    private Fields(Mapping map, String what, Reading reading, ValueCites valueCites) {
        this.map = map;
        this.what = what;
        this.reading = reading;
        this.valueCites = valueCites;
    }

    /** The fields of {@code node}, which must be a mapping with no keys outside {@code allowed}. */
    static Optional<Fields> of(YamlNode node, String what, Collection<String> allowed, Reading reading) {
        if (!(node instanceof Mapping map)) {
            reading.error(node.at(), "expected a mapping for " + what + ", found " + node.describe());
            return Optional.empty();
        }
        for (YamlNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                reading.error(e.keyAt(), "unknown key '" + e.key() + "' in " + what
                        + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return Optional.of(new Fields(map, what, reading, ValueCites.NONE));
    }

    /**
     * The fields of a fact: as {@link #of}, and a key's value, or an item of its list, may be written
     * {@code {value: V, cite: C}} to cite its own source; the getters see V, {@link #valueCites()} has C.
     */
    static Optional<Fields> ofFact(YamlNode node, String what, Collection<String> allowed, Reading reading) {
        return of(node, what, allowed, reading).map(f -> {
            ValueCites.Builder cites = new ValueCites.Builder();
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (YamlNode.Entry e : f.map.entries()) {
                YamlNode value = e.key().equals("cite") ? e.value() : unwrap(e.key(), e.value(), cites, reading);
                entries.add(new YamlNode.Entry(e.key(), e.keyAt(), value));
            }
            return new Fields(new Mapping(entries, f.map.at()), what, reading, cites.build());
        });
    }

    private static YamlNode unwrap(String key, YamlNode value, ValueCites.Builder cites, Reading reading) {
        if (isCitedValue(value)) {
            Mapping m = (Mapping) value;
            cites.key(key, CitationReader.cites(m.entry("cite").orElseThrow().value(), reading));
            return m.entry("value").orElseThrow().value();
        }
        if (!(value instanceof Sequence seq) || seq.items().stream().noneMatch(Fields::isCitedValue)) return value;
        List<YamlNode> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (isCitedValue(item)) {
                Mapping m = (Mapping) item;
                YamlNode inner = m.entry("value").orElseThrow().value();
                List<Citation> own = CitationReader.cites(m.entry("cite").orElseThrow().value(), reading);
                if (inner instanceof Scalar s) cites.item(key, s.text(), own); // else the key's reader says what is wrong
                items.add(inner);
            } else {
                items.add(item);
            }
        }
        return new Sequence(items, seq.at());
    }

    /** {@code {value: V, cite: C}} and nothing else. */
    private static boolean isCitedValue(YamlNode node) {
        return node instanceof Mapping m && m.entries().size() == 2
                && m.entries().stream().allMatch(e -> CITED_VALUE.contains(e.key()));
    }

    /** The same fields, described in messages as {@code what} (such as "entity 'russia'"). */
    Fields as(String what) { return new Fields(map, what, reading, valueCites); }

    /** The citations that keys, or items of their lists, give themselves (long form). */
    ValueCites valueCites() { return valueCites; }

    Location at() { return map.at(); }

    String what() { return what; }

    boolean has(String key) { return map.entry(key).isPresent(); }

    Optional<YamlNode> node(String key) { return map.entry(key).map(YamlNode.Entry::value); }

    /** Where the value of {@code key} stands, or the mapping's place if it is absent. */
    Location at(String key) { return node(key).map(YamlNode::at).orElse(map.at()); }

    Optional<Scalar> scalar(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof Scalar s && s.kind() != ScalarKind.NULL) return Optional.of(s);
        reading.error(node.get().at(), "expected a single value for '" + key + "', found " + node.get().describe());
        return Optional.empty();
    }

    Optional<String> text(String key) { return scalar(key).map(Scalar::text); }

    /** Reports the absence of a key that must be present. */
    boolean need(String key) {
        if (has(key)) return true;
        reading.error(map.at(), "missing key '" + key + "' in " + what);
        return false;
    }

    /** The text of a key that must be present. */
    Optional<String> required(String key) {
        return need(key) ? text(key) : Optional.empty();
    }

    /** The value of {@code id}, required and a valid identifier. */
    Optional<String> id() {
        return required("id").filter(id -> reading.checkSlug(id, at("id")));
    }

    /** A single value or a list of single values. */
    List<Scalar> scalars(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return List.of();
        List<YamlNode> items = node.get() instanceof Sequence s ? s.items() : List.of(node.get());
        List<Scalar> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof Scalar s && s.kind() != ScalarKind.NULL) out.add(s);
            else reading.error(item.at(), "expected a single value in '" + key + "', found " + item.describe());
        }
        return out;
    }

    List<String> texts(String key) { return scalars(key).stream().map(Scalar::text).toList(); }

    Optional<Ref> ref(String key, Target target) {
        return scalar(key).map(s -> reading.reference(s.text(), s.at(), target));
    }

    List<Ref> refs(String key, Target target) {
        List<Ref> out = new ArrayList<>();
        for (Scalar s : scalars(key)) {
            Ref ref = reading.reference(s.text(), s.at(), target);
            if (ref != null) out.add(ref);
        }
        return List.copyOf(out);
    }
}
