package org.w3id.cstokg.audit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.vocab.KG;

/**
 * A word before a number that qualifies it ("some 2,500", "an estimated 100–200", "more than 80"),
 * and the flag of docs/fact-format.md#quantities a quantity node must carry to state it.
 */
enum Hedge {
    ESTIMATED(KG.estimated, "an estimated|estimated"),
    APPROXIMATE(KG.approximate, "some|about|around|approximately|roughly|nearly|almost"),
    MORE_THAN(KG.minExclusive, "more than|over|upwards of"),
    LESS_THAN(KG.maxExclusive, "fewer than|less than|under");

    private final Property flag;
    private final Pattern before;

    Hedge(Property flag, String words) {
        this.flag = flag;
        this.before = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words + ")\\s+$");
    }

    /** The hedge written right before {@code offset} in {@code text}, if any. */
    static Optional<Hedge> before(String text, int offset) {
        String preceding = text.substring(Math.max(0, offset - 20), offset);
        for (Hedge h : values()) {
            if (h.before.matcher(preceding).find()) return Optional.of(h);
        }
        return Optional.empty();
    }

    /** The hedges a node's flags say its numbers carry ({@code kg:approximate true}, …). */
    static Set<Hedge> of(Resource node) {
        Set<Hedge> hedges = EnumSet.noneOf(Hedge.class);
        for (Hedge h : values()) {
            if (node.hasLiteral(h.flag, true)) hedges.add(h);
        }
        return hedges;
    }

    /** How a message names it: {@code kg:approximate}. */
    String flag() {
        return "kg:" + flag.getLocalName();
    }
}
