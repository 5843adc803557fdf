package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.w3id.cstokg.facts.EntityType;
import org.w3id.cstokg.facts.Link;
import org.w3id.cstokg.vocab.KG;

/** The property each link key becomes (docs/fact-format.md); {@code partOf} depends on what it is on. */
final class LinkProperties {
    private LinkProperties() {}

    static Property of(Link link, EntityType onEntity) {
        if (link == Link.PART_OF) return onEntity == EntityType.TREATY_ARTICLE ? DCTerms.isPartOf : ORG.subOrganizationOf;
        return of(link);
    }

    static Property of(Link link) {
        return switch (link) {
            case PART_OF -> ORG.subOrganizationOf;
            case OF_STATE -> KG.ofState;
            case LOCATED_IN -> KG.locatedIn;
            case HOSTED_BY -> KG.hostedBy;
            case LIAISED_WITH -> KG.liaisedWith;
            case BASED_IN -> KG.basedIn;
            case SUBORDINATED_TO -> KG.subordinatedTo;
            case POST_IN -> ORG.postIn;
            case STATE -> KG.contributedBy;
            case MISSION -> KG.partOfMission;
            case UNIT_TYPES -> KG.unitType;
            case PLACE -> KG.place;
            case AGENTS -> KG.agent;
            case PARTICIPANTS -> KG.participant;
            case RECIPIENTS -> KG.recipient;
            case EVENT_PART_OF -> KG.partOf;
            case BECAUSE -> KG.because;
            case ACCORDING_TO -> KG.accordingTo;
            case STATEMENTS -> KG.statement;
            case HOST -> KG.hostCountry;
            case ORGANIZED_BY -> KG.organizedBy;
            case COMMANDER -> KG.commander;
            case LEGAL_BASIS -> KG.legalBasis;
            case AUTHORIZED_BY -> KG.authorizedBy;
            case FIRST_REAL_WORLD_MISSION_OF -> KG.firstRealWorldMissionOf;
            case OPERATIONAL_STAFF -> KG.operationalStaff;
            case EQUIPMENT -> KG.equipmentType;
            case PROTECTS -> KG.protectsSiteType;
            case DECIDED_BY -> KG.decidedBy;
            case SIGNED_BY -> KG.signedBy;
            case PUBLISHED_IN -> KG.publishedIn;
            case TRANSPORTED -> KG.transported;
            case AIRFIELD -> KG.usesAirfield;
            case PHOTO_CREDIT -> KG.credit;
            case ABOUT -> KG.about;
        };
    }
}
