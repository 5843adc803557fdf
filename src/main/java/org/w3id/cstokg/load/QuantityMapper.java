package org.w3id.cstokg.load;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.facts.Quantity;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** A count → a {@code schema:QuantitativeValue} node {@code id/FACT/KEY} with its bounds and qualifications. */
final class QuantityMapper {
    private QuantityMapper() {}

    static void quantity(DocumentGraph g, Resource fact, String factId, String factName, Quantity q) {
        String key = q.key().key();
        List<Resource> cites = CitationMapper.nodes(g, factId + " (" + key + ")", q.cites(), k -> Ids.citation(factId, key, k));
        g.stating(cites, () -> {
            Resource node = g.fact(Ids.part(factId, key), SchemaDO.QuantitativeValue, key + " of " + factName, q.at());
            cites.forEach(c -> node.addProperty(KG.citation, c));
            values(g, fact, node, q);
        });
    }

    private static void values(DocumentGraph g, Resource fact, Resource node, Quantity q) {
        fact.addProperty(g.model.createProperty(q.key().property()), node);
        q.value().ifPresent(v -> g.integer(node, SchemaDO.value, v));
        q.min().ifPresent(v -> g.integer(node, SchemaDO.minValue, v));
        q.max().ifPresent(v -> g.integer(node, SchemaDO.maxValue, v));
        if (q.approximate()) g.bool(node, KG.approximate);
        if (q.estimated()) g.bool(node, KG.estimated);
        if (q.minExclusive()) g.bool(node, KG.minExclusive);
        if (q.maxExclusive()) g.bool(node, KG.maxExclusive);
        q.accordingTo().ifPresent(a -> node.addProperty(KG.accordingTo, g.resource(a)));
        g.link(node, KG.includesType, q.includes());
        q.key().unit().ifPresent(unit -> g.plain(node, SchemaDO.unitText, unit));
    }
}
