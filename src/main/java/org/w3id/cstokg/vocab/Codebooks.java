package org.w3id.cstokg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The concepts of the event datasets' codebooks that {@code ontology/cameo.ttl} and
 * {@code ontology/acled.ttl} hold: {@code code/cameo/<code>} and {@code code/acled/<slug>}.
 */
public final class Codebooks {
    /** CAMEO event and actor codes: the code follows, such as {@code 0232} or {@code RUS}. */
    public static final String CAMEO = "https://w3id.org/csto-kg/code/cameo/";
    /** ACLED event types, sub-event types ({@code violent-demonstration}) and actor types ({@code inter-8}). */
    public static final String ACLED = "https://w3id.org/csto-kg/code/acled/";

    private Codebooks() {}

    /** The CAMEO event code concept of a code such as {@code 0232}. */
    public static Resource cameo(String code) { return ResourceFactory.createResource(CAMEO + code); }

    /** The ACLED sub-event type concept of a slug such as {@code violent-demonstration}. */
    public static Resource acled(String slug) { return ResourceFactory.createResource(ACLED + slug); }

    /** The ACLED actor type concept of an inter code, 1 to 8. */
    public static Resource acledActorType(long inter) { return ResourceFactory.createResource(ACLED + "inter-" + inter); }
}
