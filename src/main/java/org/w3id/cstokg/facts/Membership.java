package org.w3id.cstokg.facts;

import java.util.List;

/** That a state or organization is a member of an organization. */
public record Membership(Ref member, Ref organization, List<Citation> cites, ValueCites valueCites, Location at) {

    /** The YAML keys of a membership. */
    public static final List<String> KEYS = List.of("member", "organization", "cite");

    /** The identifier the membership gets: {@code MEMBER-member-of-ORGANIZATION}. */
    public String id() { return member.id() + "-member-of-" + organization.id(); }
}
