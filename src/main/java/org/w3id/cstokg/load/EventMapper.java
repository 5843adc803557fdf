package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cstokg.facts.Event;
import org.w3id.cstokg.facts.EventType;
import org.w3id.cstokg.facts.Link;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code events} → a resource of the type's class with its time, links, counts and type-specific keys. */
final class EventMapper {
    private EventMapper() {}

    static void map(DocumentGraph g, Event e) {
        Resource r = g.fact(Ids.entity(e.id()), type(e.type()), e.name(), e.at());
        e.description().ifPresent(d -> g.text(r, DCTerms.description, d));
        TimeMapper.time(g, r, e.id(), e.time(), e.at());
        e.links().forEach((link, refs) -> {
            if (link == Link.PHOTO_CREDIT) refs.forEach(credit -> photo(g, r, e, g.resource(credit)));
            else g.link(r, LinkProperties.of(link), refs);
        });
        QuantityMapper.counts(g, r, e.id(), e.name(), e.counts());
        e.missionLabel().ifPresent(l -> g.text(r, KG.missionLabel, l));
        g.texts(r, KG.describedAs, e.describedAs());
        e.proposedStart().ifPresent(d -> g.date(r, KG.proposedStart, d));
        e.proposedWithin().ifPresent(d -> g.duration(r, KG.proposedMaxDuration, d));
        CodesMapper.event(r, e.codes());
        CitationMapper.cite(g, r, e.id(), e.cites());
    }

    /** {@code photoCredit}: the photograph that depicts the event, credited to the outlet. */
    private static void photo(DocumentGraph g, Resource event, Event e, Resource outlet) {
        Resource photo = g.fact(Ids.part(e.id(), "photo"), KG.Photograph, "Photograph: " + e.name(), e.at());
        photo.addProperty(KG.depicts, event).addProperty(KG.credit, outlet);
    }

    static Resource type(EventType type) {
        return switch (type) {
            case MISSION -> KG.Mission;
            case DECISION -> KG.Decision;
            case PUBLICATION -> KG.Publication;
            case AIRLIFT -> KG.Airlift;
            case RELIEF -> KG.Relief;
            case PROPOSAL -> KG.Proposal;
            case CEREMONY -> KG.Ceremony;
            case DISORDER -> KG.Disorder;
            case DAMAGE -> KG.Damage;
            case ANNOUNCEMENT -> KG.Announcement;
            case DECREE -> KG.Decree;
            case ORDER -> KG.Order;
            case APPEAL -> KG.Appeal;
            case PHONE_CALL -> KG.PhoneCall;
            case BOARDING -> KG.Boarding;
            case LANDING -> KG.Landing;
            case DEPLOYMENT -> KG.Deployment;
            case REDEPLOYMENT -> KG.Redeployment;
            case REPORT -> KG.Report;
            case MEETING -> KG.Meeting;
            case VIDEO_CONFERENCE -> KG.VideoConference;
            case HANDOVER -> KG.Handover;
            case DEPARTURE -> KG.Departure;
            case WITHDRAWAL -> KG.Withdrawal;
        };
    }
}
