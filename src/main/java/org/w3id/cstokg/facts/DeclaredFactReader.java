package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Binds one item of a section of declared kinds (entities, contingents, events): the kind from the
 * section's kind key, then every key the {@link FactFormat} declares for that kind, each read by its
 * {@link ValueShape}. Only {@code id}, the kind key, {@code name}, {@code cite} and an event's time
 * keys are structure that every fact of the section has.
 */
final class DeclaredFactReader {
    /** Keys every item of a section has, before the kind's declared keys. */
    private static final List<String> IDENTITY = List.of("id", "name", "cite");

    private DeclaredFactReader() {}

    static Optional<Fact> read(Section section, YamlNode node, Reading reading) {
        Optional<Kind> kind = kind(section, node, reading);
        List<String> keys = kind.map(DeclaredFactReader::keys)
                .orElseGet(() -> reading.format.kinds(section).stream().flatMap(k -> keys(k).stream())
                        .distinct().toList());
        String what = kind.map(Kind::describe).orElse(section.item());
        return Fields.ofFact(node, what, keys, reading).flatMap(f -> bind(f, section, kind));
    }

    /** The keys a fact of {@code kind} accepts: identity, kind key, time keys, then its declared keys by name. */
    static List<String> keys(Kind kind) {
        Set<String> out = new LinkedHashSet<>(List.of("id"));
        kind.section().kindKey().ifPresent(out::add);
        out.addAll(IDENTITY);
        if (kind.section().timed()) out.addAll(Time.KEYS);
        kind.keys().stream().map(FactKey::key).sorted().forEach(out::add);
        return List.copyOf(out);
    }

    private static Optional<Kind> kind(Section section, YamlNode node, Reading reading) {
        List<Kind> kinds = reading.format.kinds(section);
        if (section.kindKey().isEmpty()) {
            if (kinds.isEmpty()) reading.error(node.at(), "no kind of " + section.item() + " is declared in the ontology");
            return kinds.stream().findFirst();
        }
        String kindKey = section.kindKey().get();
        if (!(node instanceof YamlNode.Mapping map)) return Optional.empty();
        Optional<YamlNode> value = map.entry(kindKey).map(YamlNode.Entry::value);
        if (value.isEmpty()) {
            reading.error(map.at(), "missing key '" + kindKey + "' in " + section.item());
            return Optional.empty();
        }
        String text = value.get() instanceof YamlNode.Scalar s ? s.text() : "";
        Optional<Kind> found = reading.format.kind(section, text);
        if (found.isEmpty()) {
            String expected = kinds.stream().map(Kind::key).collect(Collectors.joining(", "));
            reading.error(value.get().at(), "unknown " + section.item() + " " + kindKey + " " + value.get().describe()
                    + " (expected one of: " + expected + ")");
        }
        return found;
    }

    private static Optional<Fact> bind(Fields f, Section section, Optional<Kind> kind) {
        Optional<String> id = f.id();
        if (id.isPresent()) f = f.as(section.item() + " '" + id.get() + "'");
        Optional<String> name = f.required("name");
        // An outlet may go uncited when it is the document's own outlet; ReferenceChecker decides.
        boolean mayGoUncited = kind.filter(k -> k.satisfies().contains(Target.OUTLET)).isPresent();
        List<Citation> cites = CitationReader.cites(f, !mayGoUncited);
        Optional<Time> time = section.timed() ? Optional.of(TimeReader.eventTime(f)) : Optional.empty();
        List<Stated> stated = new ArrayList<>();
        for (FactKey key : kind.map(Kind::keys).orElse(List.of())) {
            if (f.has(key.key())) stated(f, key, cites).ifPresent(stated::add);
        }
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) return Optional.empty();
        return Optional.of(new Fact(id.get(), kind.get(), name.get(), stated, time, cites, f.valueCites(), f.at("id")));
    }

    private static Optional<Stated> stated(Fields f, FactKey key, List<Citation> cites) {
        String k = key.key();
        return switch (key.shape()) {
            case REFERENCE, PHOTOGRAPH -> Optional.of(new Stated.Refs(key, f.refs(k, key.target())));
            case TEXT -> f.text(k).map(t -> new Stated.Texts(key, List.of(t)));
            case TEXT_LIST -> Optional.of(new Stated.Texts(key, f.texts(k)));
            case QUANTITY -> f.node(k).flatMap(n -> QuantityReader.quantity(key, n, f.reading,
                            f.valueCites().forKey(k).orElse(cites)))
                    .map(q -> new Stated.Counted(key, q));
            case DATE -> Values.date(f, k).map(d -> new Stated.Literal(key, d.toString()));
            case DURATION -> Values.duration(f, k).map(d -> new Stated.Literal(key, d));
            case INTEGER -> Values.count(f, k).map(n -> new Stated.Literal(key, Long.toString(n)));
            case CODE -> f.scalar(k).flatMap(s -> Values.code(s, k, key.code().orElseThrow(), f.reading))
                    .map(c -> new Stated.Literal(key, c));
        };
    }

    /** Every key any kind of {@code section} declares, by name (for the schema and the docs). */
    static Set<String> allKeys(FactFormat format, Section section) {
        Set<String> out = new TreeSet<>();
        format.kinds(section).forEach(k -> out.addAll(keys(k)));
        return out;
    }
}
