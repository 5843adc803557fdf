package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Codes;
import org.w3id.cstokg.vocab.Codebooks;
import org.w3id.cstokg.vocab.KG;

/** {@code cameo} and {@code acled} → the codebook concepts of ontology/cameo.ttl and ontology/acled.ttl. */
final class CodesMapper {
    private CodesMapper() {}

    /** An event's CAMEO event code and ACLED sub-event type. */
    static void event(Resource event, Codes codes) {
        codes.cameo().ifPresent(c -> event.addProperty(KG.cameoEventCode, Codebooks.cameo(c)));
        codes.acled().ifPresent(c -> event.addProperty(KG.acledSubEventType, Codebooks.acled(c)));
    }

    /** An actor's CAMEO actor code (a string) and ACLED actor type. */
    static void actor(Resource actor, Codes codes) {
        codes.cameo().ifPresent(c -> actor.addProperty(KG.cameoActorCode, c));
        codes.acled().ifPresent(c -> actor.addProperty(KG.acledActorType, Codebooks.acledActorType(Long.parseLong(c))));
    }
}
