package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.w3id.cstokg.facts.Membership;
import org.w3id.cstokg.vocab.Ids;

/** {@code memberships} → an {@code org:Membership} plus the shortcut {@code org:memberOf}. */
final class MembershipMapper {
    private MembershipMapper() {}

    static void map(DocumentGraph g, Membership m) {
        String label = g.index.name(m.member().id()) + " member of " + g.index.name(m.organization().id());
        FactCitations.map(g, m.id(), m.cites(), m.valueCites(), Ids.entity(m.id()), ORG.Membership, label, m.at(), (r, c) -> {
            Resource member = g.resource(m.member());
            Resource organization = g.resource(m.organization());
            r.addProperty(ORG.member, member).addProperty(ORG.organization, organization);
            member.addProperty(ORG.memberOf, organization);
        });
    }
}
