package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.ExternalLink;
import org.w3id.cstokg.facts.ExternalLink.Coordinates;
import org.w3id.cstokg.vocab.GEO;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.LinkTarget;

/**
 * {@code links} → in the links graph, per identifier: the direct link ({@code owl:sameAs},
 * {@code skos:exactMatch} or {@code skos:closeMatch}) and a {@code kg:ExternalLink} node
 * {@code id/ENTITY/link/DATASET} that carries its citation; and for GeoNames coordinates, a
 * GeoSPARQL geometry {@code id/ENTITY/geometry} with a WKT point.
 */
final class ExternalLinkMapper {
    private ExternalLinkMapper() {}

    static void map(DocumentGraph g, ExternalLink link) {
        link.wikidata().ifPresent(q -> link(g, link, LinkTarget.WIKIDATA, q));
        link.dbpedia().ifPresent(name -> link(g, link, LinkTarget.DBPEDIA, name));
        link.geonames().ifPresent(id -> link(g, link, LinkTarget.GEONAMES, Long.toString(id)));
        link.coordinates().ifPresent(c -> geometry(g, link, c));
    }

    private static void link(DocumentGraph g, ExternalLink link, LinkTarget target, String localId) {
        Resource entity = g.resource(link.entity());
        Resource external = g.model.createResource(target.iri(localId));
        entity.addProperty(property(link.match()), external);
        String part = "link/" + target.slug();
        Resource node = g.fact(Ids.part(link.entity().id(), part), KG.ExternalLink,
                "Link of " + g.index.name(link.entity().id()) + " to " + target.title(), link.at());
        node.addProperty(KG.linkOf, entity).addProperty(KG.linkTarget, external);
        CitationMapper.cite(g, node, link.entity().id(), part, link.cites());
    }

    /** The point as GeoSPARQL 1.1 WKT in its default CRS, OGC CRS84: longitude first. */
    private static void geometry(DocumentGraph g, ExternalLink link, Coordinates c) {
        String id = link.entity().id();
        Resource geometry = g.fact(Ids.part(id, "geometry"), GEO.Geometry,
                "Location of " + g.index.name(id), link.at());
        String wkt = "POINT(" + c.longitude().toPlainString() + " " + c.latitude().toPlainString() + ")";
        geometry.addProperty(GEO.asWKT, g.model.createTypedLiteral(wkt, GEO.wktLiteral));
        g.resource(link.entity()).addProperty(GEO.hasGeometry, geometry);
        CitationMapper.cite(g, geometry, id, "geometry", link.cites());
    }

    static Property property(ExternalLink.Match match) {
        return switch (match) {
            case SAME -> OWL.sameAs;
            case EXACT -> SKOS.exactMatch;
            case CLOSE -> SKOS.closeMatch;
        };
    }
}
