package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Contingent;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code contingents} → a {@code kg:NationalContingent}. */
final class ContingentMapper {
    private ContingentMapper() {}

    static void map(DocumentGraph g, Contingent c) {
        Resource r = g.fact(Ids.entity(c.id()), KG.NationalContingent, c.name(), c.at());
        c.links().forEach((link, refs) -> g.link(r, LinkProperties.of(link), refs));
        c.troops().ifPresent(q -> QuantityMapper.quantity(g, r, c.id(), c.name(), q));
        g.texts(r, KG.describedAs, c.describedAs());
        CodesMapper.actor(r, c.codes());
        CitationMapper.cite(g, r, c.id(), c.cites());
    }
}
