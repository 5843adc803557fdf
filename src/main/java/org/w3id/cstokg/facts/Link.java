package org.w3id.cstokg.facts;

/** A key whose value names other facts by identifier (one or a list), and what those must be. */
public enum Link {
    PART_OF("partOf", Target.ANY),
    OF_STATE("ofState", Target.ANY),
    LOCATED_IN("locatedIn", Target.ANY),
    HOSTED_BY("hostedBy", Target.ANY),
    LIAISED_WITH("liaisedWith", Target.ANY),
    BASED_IN("basedIn", Target.ANY),
    SUBORDINATED_TO("subordinatedTo", Target.ANY),
    POST_IN("postIn", Target.ANY),
    STATE("state", Target.ANY),
    MISSION("mission", Target.EVENT),
    UNIT_TYPES("unitTypes", Target.UNIT_TYPE),
    PLACE("place", Target.ANY),
    AGENTS("agents", Target.ANY),
    PARTICIPANTS("participants", Target.ANY),
    RECIPIENTS("recipients", Target.ANY),
    EVENT_PART_OF("partOf", Target.EVENT),
    BECAUSE("because", Target.ANY),
    ACCORDING_TO("accordingTo", Target.ANY),
    STATEMENTS("statements", Target.STATEMENT),
    HOST("host", Target.ANY),
    ORGANIZED_BY("organizedBy", Target.ANY),
    COMMANDER("commander", Target.ANY),
    LEGAL_BASIS("legalBasis", Target.ANY),
    AUTHORIZED_BY("authorizedBy", Target.ANY),
    FIRST_REAL_WORLD_MISSION_OF("firstRealWorldMissionOf", Target.ANY),
    OPERATIONAL_STAFF("operationalStaff", Target.ANY),
    EQUIPMENT("equipment", Target.VEHICLE_TYPE),
    PROTECTS("protects", Target.SITE_TYPE),
    DECIDED_BY("decidedBy", Target.ANY),
    SIGNED_BY("signedBy", Target.ANY),
    PUBLISHED_IN("publishedIn", Target.OUTLET),
    TRANSPORTED("transported", Target.ANY),
    AIRFIELD("airfield", Target.ANY),
    PHOTO_CREDIT("photoCredit", Target.OUTLET),
    ABOUT("about", Target.ANY);

    private final String key;
    private final Target target;

    Link(String key, Target target) {
        this.key = key;
        this.target = target;
    }

    /** The YAML key. */
    public String key() { return key; }

    public Target target() { return target; }
}
