package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.Entity;
import org.w3id.cstokg.facts.EntityType;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code entities} → a resource of the type's class with its names, links and counts. */
final class EntityMapper {
    private EntityMapper() {}

    static void map(DocumentGraph g, Entity e) {
        Resource r = g.fact(Ids.entity(e.id()), type(e.type()), e.name(), e.at());
        g.texts(r, SKOS.altLabel, e.aliases());
        e.description().ifPresent(d -> g.text(r, DCTerms.description, d));
        e.links().forEach((link, refs) -> g.link(r, LinkProperties.of(link, e.type()), refs));
        QuantityMapper.counts(g, r, e.id(), e.name(), e.counts());
        e.number().ifPresent(n -> g.integer(r, KG.articleNumber, n));
        CodesMapper.actor(r, e.codes());
        CitationMapper.cite(g, r, e.id(), e.cites());
    }

    static Resource type(EntityType type) {
        return switch (type) {
            case PERSON -> KG.Person;
            case STATE -> KG.State;
            case ORGANIZATION -> KG.Organization;
            case UNIT -> KG.OrganizationalUnit;
            case MILITARY_UNIT -> KG.MilitaryUnit;
            case OUTLET -> KG.Outlet;
            case POST -> KG.Post;
            case CITY -> KG.City;
            case REGION -> KG.Region;
            case AIRFIELD -> KG.Airfield;
            case AIRPORT -> KG.Airport;
            case TREATY -> KG.Treaty;
            case TREATY_ARTICLE -> KG.TreatyArticle;
        };
    }
}
