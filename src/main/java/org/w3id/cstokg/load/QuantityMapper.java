package org.w3id.cstokg.load;

import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.facts.Count;
import org.w3id.cstokg.facts.Quantity;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** A count → a {@code schema:QuantitativeValue} node {@code id/FACT/KEY} with its bounds and qualifications. */
final class QuantityMapper {
    private QuantityMapper() {}

    static void counts(DocumentGraph g, Resource fact, String factId, String factName, Map<Count, Quantity> counts) {
        counts.values().forEach(q -> quantity(g, fact, factId, factName, q));
    }

    static void quantity(DocumentGraph g, Resource fact, String factId, String factName, Quantity q) {
        String key = q.count().key();
        Resource node = g.fact(Ids.part(factId, key), SchemaDO.QuantitativeValue, key + " of " + factName, q.at());
        fact.addProperty(property(q.count()), node);
        q.value().ifPresent(v -> g.integer(node, SchemaDO.value, v));
        q.min().ifPresent(v -> g.integer(node, SchemaDO.minValue, v));
        q.max().ifPresent(v -> g.integer(node, SchemaDO.maxValue, v));
        if (q.approximate()) g.bool(node, KG.approximate);
        if (q.estimated()) g.bool(node, KG.estimated);
        if (q.minExclusive()) g.bool(node, KG.minExclusive);
        if (q.maxExclusive()) g.bool(node, KG.maxExclusive);
        q.accordingTo().ifPresent(a -> node.addProperty(KG.accordingTo, g.resource(a)));
        g.link(node, KG.includesType, q.includes());
        g.plain(node, SchemaDO.unitText, q.count().unit());
        CitationMapper.cite(g, node, factId, key, q.cites());
    }

    /** The property from the fact to its count. */
    static Property property(Count count) {
        return switch (count) {
            case TROOPS -> KG.troopCount;
            case VEHICLES -> KG.vehicleCount;
            case AIRCRAFT -> KG.aircraftCount;
            case PERSONNEL -> KG.personnelCount;
            case MEMBER_COUNT -> KG.memberCount;
        };
    }
}
