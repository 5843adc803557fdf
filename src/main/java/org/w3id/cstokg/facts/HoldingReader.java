package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Binds one item of {@code holdings}. */
final class HoldingReader {
    private HoldingReader() {}

    static Optional<Holding> read(YamlNode node, Reading reading) {
        return Fields.ofFact(node, "holding", Holding.KEYS, reading).flatMap(f -> {
            Optional<Ref> holder = MembershipReader.required(f, "holder", Target.ANY);
            Optional<Ref> post = MembershipReader.required(f, "post", Target.POST);
            var asOf = Values.date(f, "asOf");
            List<Citation> cites = CitationReader.cites(f, true);
            if (holder.isEmpty() || post.isEmpty()) return Optional.empty();
            return Optional.of(new Holding(holder.get(), post.get(), f.text("rank"), asOf, cites, f.valueCites(), f.at()));
        });
    }
}
