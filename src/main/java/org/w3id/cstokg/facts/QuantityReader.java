package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;
import org.w3id.cstokg.facts.YamlNode.Scalar;

/** Reads a count (the {@link ValueShape#QUANTITY} shape): a bare integer or a mapping with bounds, qualifications and its own cite. */
final class QuantityReader {
    /** The keys of the mapping form of a quantity. */
    static final List<String> KEYS = List.of("value", "min", "max", "minExclusive", "maxExclusive",
            "approx", "estimated", "accordingTo", "includes", "cite");

    private QuantityReader() {}

    static Optional<Quantity> quantity(FactKey count, YamlNode node, Reading reading, List<Citation> parentCites) {
        if (node instanceof Scalar s) {
            return Values.count(s, reading).map(v -> new Quantity(count, Optional.of(v), Optional.empty(),
                    Optional.empty(), false, false, false, false, Optional.empty(), List.of(), parentCites, s.at()));
        }
        return Fields.of(node, "'" + count.key() + "'", KEYS, reading).flatMap(f -> mapping(count, f, parentCites));
    }

    private static Optional<Quantity> mapping(FactKey count, Fields f, List<Citation> parentCites) {
        Optional<Long> value = Values.count(f, "value");
        Optional<Long> min = Values.count(f, "min");
        Optional<Long> max = Values.count(f, "max");
        boolean minEx = Values.flag(f, "minExclusive").orElse(false);
        boolean maxEx = Values.flag(f, "maxExclusive").orElse(false);
        List<Citation> cites = CitationReader.cites(f, false);
        Quantity q = new Quantity(count, value, min, max, minEx, maxEx,
                Values.flag(f, "approx").orElse(false), Values.flag(f, "estimated").orElse(false),
                f.ref("accordingTo", Target.ANY), f.refs("includes", f.reading.format.concept()),
                cites.isEmpty() ? parentCites : cites, f.at());
        return check(q, f) ? Optional.of(q) : Optional.empty();
    }

    private static boolean check(Quantity q, Fields f) {
        boolean ok = true;
        if (q.value().isPresent() && (f.has("min") || f.has("max"))) {
            f.reading.error(f.at("value"), "'value' excludes 'min' and 'max' in '" + q.key().key() + "'");
            ok = false;
        }
        if (!f.has("value") && !f.has("min") && !f.has("max")) {
            f.reading.error(f.at(), "'" + q.key().key() + "' needs 'value', 'min' or 'max'");
            ok = false;
        }
        if (q.min().isPresent() && q.max().isPresent() && q.min().get() > q.max().get()) {
            f.reading.error(f.at("min"), "min " + q.min().get() + " is greater than max " + q.max().get());
            ok = false;
        }
        ok &= bound(f, "minExclusive", "min") & bound(f, "maxExclusive", "max");
        return ok;
    }

    private static boolean bound(Fields f, String exclusive, String bound) {
        if (!f.has(exclusive) || f.has(bound)) return true;
        f.reading.error(f.at(exclusive), "'" + exclusive + "' needs '" + bound + "'");
        return false;
    }
}
