package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.Concept;
import org.w3id.cstokg.facts.Scheme;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code concepts} → a {@code skos:Concept} in its scheme. */
final class ConceptMapper {
    private ConceptMapper() {}

    static void map(DocumentGraph g, Concept c) {
        String iri = Ids.concept(c.scheme().key(), c.id());
        String id = c.scheme().key() + "/" + c.id();
        FactCitations.map(g, id, c.cites(), c.valueCites(), iri, SKOS.Concept, c.name(), c.at(), (r, cites) -> {
            g.text(r, SKOS.prefLabel, c.name());
            c.aliases().forEach(a -> cites.stating(cites.forItem("aliases", a), () -> g.text(r, SKOS.altLabel, a)));
            r.addProperty(SKOS.inScheme, scheme(c.scheme()));
        });
    }

    static Resource scheme(Scheme scheme) {
        return switch (scheme) {
            case UNIT_TYPE -> KG.UnitTypes;
            case SITE_TYPE -> KG.SiteTypes;
            case VEHICLE_TYPE -> KG.VehicleTypes;
        };
    }
}
