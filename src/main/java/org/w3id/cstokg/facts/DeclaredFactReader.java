package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Binds one item of a section of declared kinds: the kind from the section's kind key, then every
 * key the {@link FactFormat} declares for that kind, each read by its {@link ValueShape}, the keys
 * the kind requires, and an identifier made by the kind's template when it has no {@code id}. Only
 * {@code id}, the kind key, {@code name}, {@code cite} and the time keys of events and statements
 * are structure that the items of a section have.
 */
final class DeclaredFactReader {
    private DeclaredFactReader() {}

    static Optional<Fact> read(Section section, YamlNode node, Reading reading) {
        Optional<Kind> kind = kind(section, node, reading);
        List<String> keys = kind.map(DeclaredFactReader::keys)
                .orElseGet(() -> reading.format.kinds(section).stream().flatMap(k -> keys(k).stream())
                        .distinct().toList());
        String what = kind.map(Kind::describe).orElse(section.item());
        return Fields.ofFact(node, what, keys, reading).flatMap(f -> bind(f, section, kind));
    }

    /**
     * The keys a fact of {@code kind} accepts: {@code id} and {@code name} unless its kind makes them,
     * the kind key, {@code cite}, the section's time keys, then its declared keys by name.
     */
    static List<String> keys(Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        if (kind.hasIdKey()) out.add("id");
        kind.section().kindKey().ifPresent(out::add);
        if (kind.hasNameKey()) out.add("name");
        out.add("cite");
        out.addAll(kind.section().time().keys());
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
        // Of an unknown kind, read the id and name if any kind of the section has them.
        List<Kind> candidates = kind.map(List::of).orElse(f.reading.format.kinds(section));
        boolean idKey = candidates.stream().anyMatch(Kind::hasIdKey);
        boolean nameKey = candidates.stream().anyMatch(Kind::hasNameKey);
        Optional<String> id = idKey ? f.id() : Optional.empty();
        if (id.isPresent()) f = f.as(section.item() + " '" + id.get() + "'");
        Optional<String> name = nameKey ? f.required("name") : Optional.empty();
        // An outlet may go uncited when it is the document's own outlet; ReferenceChecker decides.
        Target outlet = f.reading.format.outlet();
        boolean mayGoUncited = kind.filter(k -> k.satisfies().contains(outlet)).isPresent();
        List<Citation> cites = CitationReader.cites(f, !mayGoUncited);
        Optional<Time> time = switch (section.time()) {
            case NONE -> Optional.empty();
            case EVENT -> Optional.of(TimeReader.eventTime(f));
            case STATEMENT -> Optional.of(TimeReader.statementTime(f));
        };
        List<Stated> stated = new ArrayList<>();
        for (FactKey key : kind.map(Kind::keys).orElse(List.of())) {
            if (nameKey && key.key().equals("name")) { // a property the name also states, such as skos:prefLabel
                name.ifPresent(n -> stated.add(new Stated.Texts(key, List.of(n))));
            } else if (f.has(key.key())) {
                stated(f, key, cites).ifPresent(stated::add);
            }
        }
        if (kind.isEmpty()) return Optional.empty();
        checkRequired(f, kind.get());
        if (!idKey) id = madeId(f, kind.get(), stated);
        if (id.isEmpty() || (nameKey && name.isEmpty())) return Optional.empty();
        return Optional.of(new Fact(id.get(), kind.get(), name, stated, time, cites, f.valueCites(),
                idKey ? f.at("id") : f.at()));
    }

    /** Reports each group of required keys of which the fact has none. */
    private static void checkRequired(Fields f, Kind kind) {
        for (Kind.Required required : kind.required()) {
            if (required.keys().stream().anyMatch(f::has)) continue;
            if (required.keys().size() == 1 && required.ofEveryKind()) {
                f.need(required.keys().get(0));
            } else {
                String ofKind = required.ofEveryKind() ? ""
                        : kind.section().kindKey().map(k -> " of " + k + " " + kind.key()).orElse("");
                f.reading.error(f.at(), f.what() + ofKind + " needs " + required.keys().stream()
                        .map(k -> "'" + k + "'").collect(Collectors.joining(" or ")));
            }
        }
    }

    /** The identifier the kind's template makes from single values of the keys it names. */
    private static Optional<String> madeId(Fields f, Kind kind, List<Stated> stated) {
        String template = kind.naming().id().orElseThrow();
        for (String key : Template.allKeys(template)) { // a list where one value names the fact
            if (f.node(key).filter(n -> n instanceof YamlNode.Sequence).isPresent()) f.scalar(key);
        }
        return Template.fill(template, key -> stated.stream().filter(s -> s.key().key().equals(key)).findFirst()
                .flatMap(DeclaredFactReader::single));
    }

    /** The one value a key states, as written. */
    private static Optional<String> single(Stated s) {
        return switch (s) {
            case Stated.Refs refs -> refs.refs().size() == 1 ? Optional.of(refs.refs().get(0).id()) : Optional.empty();
            case Stated.Texts texts -> texts.texts().size() == 1 ? Optional.of(texts.texts().get(0)) : Optional.empty();
            case Stated.Literal literal -> Optional.of(literal.lexical());
            case Stated.Author author -> Optional.of(Values.AUTHOR);
            case Stated.Counted counted -> Optional.empty();
        };
    }

    /** What {@code key} states in {@code f}, read by its value shape (the document's declared keys too). */
    static Optional<Stated> stated(Fields f, FactKey key, List<Citation> cites) {
        String k = key.key();
        return switch (key.shape()) {
            case REFERENCE, PHOTOGRAPH -> Optional.of(new Stated.Refs(key, f.refs(k, key.target())));
            case ATTRIBUTION -> Values.attribution(f, key);
            case TEXT -> f.text(k).map(t -> new Stated.Texts(key, List.of(t)));
            case TEXT_LIST -> Optional.of(new Stated.Texts(key, f.texts(k)));
            case QUANTITY -> f.node(k).flatMap(n -> QuantityReader.quantity(key, n, f.reading,
                            f.valueCites().forKey(k).orElse(cites)))
                    .map(q -> new Stated.Counted(key, q));
            case DATE -> Values.date(f, k).map(d -> new Stated.Literal(key, d.toString()));
            case DURATION -> Values.duration(f, k).map(d -> new Stated.Literal(key, d));
            case INTEGER -> Values.count(f, k).map(n -> new Stated.Literal(key, Long.toString(n)));
            case IRI -> Values.iri(f, k).map(iri -> new Stated.Literal(key, iri));
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
