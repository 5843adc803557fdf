package org.w3id.cstokg.synthetic;

import static org.w3id.cstokg.synthetic.YamlLines.list;
import static org.w3id.cstokg.synthetic.YamlLines.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The mission and the other events of one synthetic file, every event type and time form in turn. */
final class SyntheticEvents {
    static final int EVENTS = 36;
    /** The damage the airlifts are because of: event 9, a "damage" with a place (odd events have one). */
    private static final int DAMAGE = 9;
    private static final String[] TYPES = {"appeal", "decision", "publication", "airlift", "relief", "proposal",
            "ceremony", "disorder", "damage", "announcement", "decree", "order", "phone-call", "boarding", "landing",
            "deployment", "redeployment", "report", "meeting", "video-conference", "handover", "departure", "withdrawal"};

    private final SyntheticArticle a;
    private final Random r;

    SyntheticEvents(SyntheticArticle article) {
        this.a = article;
        this.r = article.random();
    }

    static String eventId(SyntheticArticle a, int k) { return a.id("event-" + k); }

    void write(YamlLines y) {
        y.line("events:");
        mission(y);
        for (int k = 1; k <= EVENTS; k++) event(y, k, TYPES[(k - 1) % TYPES.length]);
    }

    private void mission(YamlLines y) {
        List<String> sites = new ArrayList<>(SharedPool.pick(a.pool().siteTypes(), 3, r).stream().map(SharedPool::conceptId).toList());
        sites.add(a.id("site-1"));
        y.line("  - id: " + a.mission)
                .line("    type: mission")
                .line("    name: " + str("Collective mission in " + Names.of(a.host)))
                .line("    start: " + a.date(5))
                .line("    end: " + a.date(18))
                .line("    host: " + a.host)
                .line("    organizedBy: " + a.organization)
                .line("    participants: " + list(a.states.subList(1, a.states.size())))
                .line("    because: " + eventId(a, 1))
                .line("    commander: " + a.id("official-1"))
                .line("    legalBasis: " + a.id("treaty-article-4"))
                .line("    authorizedBy: " + eventId(a, 2))
                .line("    missionLabel: peacekeeping")
                .line("    describedAs: [stabilization mission, rapid-deployment mission]")
                .line("    troops: " + a.quantity(2000))
                .line("    vehicles: {value: " + (100 + r.nextInt(300)) + ", approx: true, includes: "
                        + list(SharedPool.pick(a.pool().vehicleTypes(), 2, r).stream().map(SharedPool::conceptId).toList())
                        + ", cite: " + a.cite() + "}")
                .line("    equipment: [" + SharedPool.conceptId(a.pool().vehicleTypes().get(3)) + "]")
                .line("    protects: " + list(sites))
                .line("    operationalStaff: " + a.id("unit-1"))
                .line("    notPartOf: the mission is the largest event the article reports")
                .line("    acled: other-strategic-development")
                .line("    cite: " + a.cite());
    }

    private void event(YamlLines y, int k, String type) {
        y.line("  - id: " + eventId(a, k))
                .line("    type: " + type)
                .line("    name: " + str(Names.of(type) + " " + k + " of the mission in " + Names.of(a.host)));
        time(y, k);
        actors(y, k, type);
        extras(y, type);
        codes(y, type);
        if (k > 2) y.line("    partOf: " + a.mission);
        else y.line("    notPartOf: the article relates it to no larger event");
        if (k % 9 == 0) y.line("    description: " + str("Made-up description of event " + k + ", in our own words."));
        y.line("    cite: " + a.cite());
    }

    private void time(YamlLines y, int k) {
        switch (k % 6) {
            case 0 -> y.line("    date: " + a.anyDate());
            case 1 -> y.line("    time: " + a.anyDate() + "T0" + r.nextInt(10) + ":20:00+03:00").line("    timeZone: Moscow time");
            case 2 -> y.line("    start: " + a.date(2)).line("    end: " + a.date(3)).line("    partOfDay: night");
            case 3 -> y.line("    by: " + a.anyDate());
            case 4 -> y.line("    undated: the article gives no date for this event");
            default -> y.line("    date: " + a.date(10))
                    .line("    after: {event: " + eventId(a, k - 1) + ", delay: P" + (1 + r.nextInt(3)) + "D}");
        }
    }

    private void actors(YamlLines y, int k, String type) {
        String person = k % 2 == 0 ? SharedPool.pick(a.pool().persons(), r) : a.id("official-" + (1 + r.nextInt(7)));
        y.line("    agents: [" + person + "]");
        if (type.equals("departure") || type.equals("withdrawal")) {
            y.line("    participants: " + list(List.of(a.id("contingent-" + (k % 5 + 1)), a.id("contingent-" + ((k + 1) % 5 + 1)))));
        } else if (k % 3 == 0) {
            y.line("    participants: [" + a.id("contingent-" + (1 + r.nextInt(5))) + ", " + a.states.get(1) + "]");
        }
        if (k % 4 == 0) y.line("    recipients: [" + SharedPool.pick(a.pool().persons(), r) + "]");
        if (k % 2 == 1) y.line("    place: " + (r.nextBoolean() ? a.id("city-1") : a.host));
        if (k % 5 == 0) y.line("    statements: [" + SyntheticStatements.statementId(a, k % SyntheticStatements.STATEMENTS + 1) + "]");
    }

    /** The codes the cross-walk of the type does not give (ontology/cameo.ttl, ontology/acled.ttl), as the real data has them. */
    private static void codes(YamlLines y, String type) {
        String cameo = switch (type) {
            case "disorder" -> "145";
            case "announcement" -> "010";
            case "decree" -> "1724";
            case "appeal" -> "0232";
            case "proposal" -> "020";
            case "deployment" -> "074";
            default -> null;
        };
        if (cameo != null) y.line("    cameo: \"" + cameo + "\"");
        switch (type) {
            case "disorder", "damage" -> y.line("    acled: violent-demonstration");
            case "decree", "order", "landing", "deployment", "relief", "redeployment", "handover", "departure",
                    "withdrawal" -> y.line("    acled: other-strategic-development");
            default -> { }
        }
    }

    private void extras(YamlLines y, String type) {
        switch (type) {
            case "decision" -> y.line("    decidedBy: " + a.id("unit-2")).line("    signedBy: " + a.id("official-2"))
                    .line("    legalBasis: " + a.id("treaty-article-4"));
            case "publication" -> y.line("    publishedIn: " + SharedPool.pick(a.pool().outlets(), r));
            case "airlift" -> y.line("    aircraft: " + a.quantity(40))
                    .line("    transported: " + list(List.of(a.id("contingent-1"), a.id("contingent-2"))))
                    .line("    airfield: " + a.id("airfield"))
                    .line("    because: " + eventId(a, DAMAGE));
            case "relief" -> y.line("    accordingTo: " + SharedPool.pick(a.pool().persons(), r))
                    .line("    personnel: " + a.quantity(800));
            case "proposal" -> y.line("    proposedStart: " + a.date(12)).line("    proposedWithin: P10D");
            case "ceremony" -> y.line("    photoCredit: " + a.id("outlet-1"));
            default -> { }
        }
    }
}
