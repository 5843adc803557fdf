package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Binds one item of {@code contingents}. */
final class ContingentReader {
    private ContingentReader() {}

    static Optional<Contingent> read(YamlNode node, Reading reading) {
        return Fields.of(node, "contingent", FactKeys.contingent(), reading).flatMap(f -> {
            Optional<String> id = f.id();
            if (id.isPresent()) f = f.as("contingent '" + id.get() + "'");
            Optional<String> name = f.required("name");
            List<Citation> cites = CitationReader.cites(f, true);
            var links = f.links(Contingent.LINKS);
            Reading r = f.reading;
            Optional<Quantity> troops = f.node(Count.TROOPS.key())
                    .flatMap(n -> QuantityReader.quantity(Count.TROOPS, n, r, cites));
            Codes codes = CodesReader.actor(f);
            if (id.isEmpty() || name.isEmpty()) return Optional.empty();
            return Optional.of(new Contingent(id.get(), name.get(), links, troops, f.texts("describedAs"),
                    codes, cites, f.at("id")));
        });
    }
}
