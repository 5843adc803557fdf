package org.w3id.cstokg.synthetic;

import static org.w3id.cstokg.synthetic.YamlLines.list;
import static org.w3id.cstokg.synthetic.YamlLines.str;

import java.util.List;
import java.util.Random;

/** The entities, memberships, holdings and contingents of one synthetic file. */
final class SyntheticEntities {
    static final int OFFICIALS = 7;
    static final int POSTS = 8;
    private final SyntheticArticle a;
    private final Random r;

    SyntheticEntities(SyntheticArticle article) {
        this.a = article;
        this.r = article.random();
    }

    void write(YamlLines y) {
        String alliance = SharedPool.pick(a.pool().organizations(), r);
        y.item("id", a.organization, "type", "organization", "name", str(Names.of(a.organization)),
                "aliases", "[" + Names.acronym(a.organization) + "]", "cite", a.cite());
        y.item("id", a.id("force"), "type", "military-unit", "name", str(Names.of(a.id("force"))), "partOf", alliance,
                "troops", a.quantity(1000), "basedIn", list(a.states), "cite", a.cite());
        for (int k = 1; k <= 3; k++) {
            String state = a.states.get(k);
            y.item("id", a.id("ministry-" + k), "type", "organization", "name", str(Names.of(a.id("ministry-" + k))),
                    "ofState", state, "cite", a.cite());
            y.item("id", a.id("army-" + k), "type", "military-unit", "name", str(Names.of(a.id("army-" + k))),
                    "ofState", state, "subordinatedTo", a.id("ministry-" + k), "cite", a.cite());
            y.item("id", a.id("unit-" + k), "type", "unit", "name", str(Names.of(a.id("unit-" + k))),
                    "partOf", a.id("ministry-" + k), "locatedIn", a.id("city-1"),
                    "memberCount", k == 1 ? a.quantity(5) : null, "cite", a.cite());
        }
        places(y);
        for (int k = 1; k <= OFFICIALS; k++) {
            y.item("id", a.id("official-" + k), "type", "person", "name", str(Names.person(a.id("official-" + k))),
                    "aliases", "[" + str("Official " + k) + "]", "cite", a.cite());
        }
        for (int k = 1; k <= POSTS; k++) {
            String in = k <= 3 ? a.states.get(k - 1) : a.id("unit-" + (1 + k % 3));
            y.item("id", a.id("post-" + k), "type", "post", "name", str("Post " + k + " of " + Names.of(in)),
                    "postIn", in, "cite", a.cite());
        }
        y.item("id", a.id("treaty"), "type", "treaty", "name", str(Names.of(a.id("treaty"))), "cite", a.cite());
        y.item("id", a.id("treaty-article-4"), "type", "treaty-article", "name", str("Article 4 of " + Names.of(a.id("treaty"))),
                "partOf", a.id("treaty"), "number", "4", "cite", a.cite());
        y.item("id", a.id("outlet-1"), "type", "outlet", "name", str(Names.of(a.id("outlet-1"))), "cite", a.cite());
        memberships(y);
        holdings(y);
        contingents(y);
    }

    private void places(YamlLines y) {
        y.item("id", a.id("city-1"), "type", "city", "name", str(Names.of(a.id("city-1"))), "locatedIn", a.host,
                "description", str("Largest city of the host state."), "cite", a.cite());
        y.item("id", a.id("city-2"), "type", "city", "name", str(Names.of(a.id("city-2"))), "locatedIn", a.states.get(1), "cite", a.cite());
        y.item("id", a.id("region"), "type", "region", "name", str(Names.of(a.id("region"))), "locatedIn", a.host, "cite", a.cite());
        y.item("id", a.id("airfield"), "type", "airfield", "name", str(Names.of(a.id("airfield"))),
                "aliases", "[" + str("Field " + a.id("")) + "]", "locatedIn", a.id("region"), "cite", a.cite());
        y.item("id", a.id("airport"), "type", "airport", "name", str(Names.of(a.id("airport"))), "locatedIn", a.id("city-1"), "cite", a.cite());
    }

    private void memberships(YamlLines y) {
        y.line("memberships:");
        for (String state : a.states) y.item("member", state, "organization", a.organization, "cite", a.cite());
        for (int k = 1; k <= 3; k++) {
            String org = SharedPool.pick(a.pool().organizations(), r);
            y.item("member", a.id("ministry-" + k), "organization", org, "cite", a.cite());
            y.item("member", a.id("army-" + k), "organization", org, "cite", a.cite());
        }
    }

    private void holdings(YamlLines y) {
        y.line("holdings:");
        for (int k = 1; k <= POSTS; k++) {
            String holder = k % 2 == 0 ? SharedPool.pick(a.pool().persons(), r) : a.id("official-" + (1 + k % OFFICIALS));
            y.item("holder", holder, "post", a.id("post-" + k), "rank", k == 5 ? str("Colonel General") : null,
                    "asOf", k % 3 == 0 ? a.anyDate() : null, "cite", a.cite());
        }
    }

    private void contingents(YamlLines y) {
        y.line("contingents:");
        for (int k = 1; k <= SyntheticArticle.CONTINGENTS; k++) {
            String state = a.states.get(k);
            List<String> types = SharedPool.pick(a.pool().unitTypes(), 1 + r.nextInt(3), r)
                    .stream().map(SharedPool::conceptId).toList();
            y.line("  - id: " + a.id("contingent-" + k))
                    .line("    name: " + str(Names.of(state) + " contingent in " + Names.of(a.host)))
                    .line("    state: " + state)
                    .line("    mission: " + a.mission)
                    .line("    troops: " + a.quantity(100))
                    .line("    unitTypes: " + list(types));
            if (k % 2 == 0) y.line("    describedAs: " + str("trained peacekeepers"));
            y.line("    cite: " + a.cite());
        }
    }
}
