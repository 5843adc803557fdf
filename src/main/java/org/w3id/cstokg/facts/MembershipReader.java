package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Binds one item of {@code memberships}. */
final class MembershipReader {
    private MembershipReader() {}

    static Optional<Membership> read(YamlNode node, Reading reading) {
        return Fields.ofFact(node, "membership", Membership.KEYS, reading).flatMap(f -> {
            Optional<Ref> member = required(f, "member", Target.ANY);
            Optional<Ref> organization = required(f, "organization", Target.ANY);
            List<Citation> cites = CitationReader.cites(f, true);
            if (member.isEmpty() || organization.isEmpty()) return Optional.empty();
            return Optional.of(new Membership(member.get(), organization.get(), cites, f.valueCites(), f.at()));
        });
    }

    /** A reference that must be present. */
    static Optional<Ref> required(Fields f, String key, Target target) {
        f.need(key);
        return f.ref(key, target);
    }
}
