package org.w3id.cstokg.synthetic;

import static org.w3id.cstokg.synthetic.YamlLines.list;
import static org.w3id.cstokg.synthetic.YamlLines.str;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One synthetic fact file, with the mix of EDM 19/2: a document, about fifty entities (its own
 * organization, officials, posts, bodies, places and treaty, besides the shared actors it refers
 * to), a few concepts, memberships, holdings, five contingents, a mission with some forty events,
 * some thirty-five statements, and links of its own organization and city to external datasets,
 * every fact cited, with ranges, approximations and every kind of time. The first file's
 * organization and mission have the identifiers of the real article's, {@value #ORGANIZATION_1} and
 * {@value #MISSION_1}, so that the competency questions, which ask about those, have answers in
 * every corpus.
 */
final class SyntheticArticle {
    static final int PARAGRAPHS = 20;
    static final int CONTINGENTS = 5;
    static final String ORGANIZATION_1 = "csto";
    static final String MISSION_1 = "csto-mission-kazakhstan-2022";

    private final int index;
    private final String p;
    private final SharedPool pool;
    private final Random random;
    private final LocalDate day0;
    final String host;
    final List<String> states;
    final String outlet;
    /** This file's own organization, which organizes its mission and has its states as members. */
    final String organization;
    final String mission;

    SyntheticArticle(int index, long seed, SharedPool pool) {
        this.index = index;
        this.p = documentId(index) + "-";
        this.pool = pool;
        this.random = new Random(seed * 1_000_003L + index);
        this.day0 = LocalDate.of(2022, 1, 1).plusDays((index * 7L) % 3000);
        this.states = SharedPool.pick(pool.states(), CONTINGENTS + 1, random);
        this.host = states.get(0);
        this.outlet = SharedPool.pick(pool.outlets(), random);
        this.organization = index == 1 ? ORGANIZATION_1 : id("organization");
        this.mission = index == 1 ? MISSION_1 : id("mission");
    }

    static String documentId(int index) {
        return String.format("syn-%05d", index);
    }

    String id(String local) { return p + local; }

    Random random() { return random; }

    SharedPool pool() { return pool; }

    /** The whole file; the first one also defines the shared pool. */
    String yaml() {
        YamlLines y = new YamlLines();
        y.line("# Synthetic fact file " + (index) + " (kg generate): the shape of data/edm-19-2.yaml, made-up facts.");
        document(y);
        y.line("entities:");
        if (index == 1) pool.define(y, random);
        new SyntheticEntities(this).write(y);
        y.line("concepts:");
        if (index == 1) pool.defineConcepts(y, random);
        for (int k = 1; k <= 3; k++) {
            y.item("id", id("site-" + k), "scheme", "site-type", "name", str("site kind " + k + " of " + p), "cite", cite());
        }
        new SyntheticEvents(this).write(y);
        new SyntheticStatements(this).write(y);
        links(y);
        y.line("audit:");
        y.item("para", String.valueOf(para()), "text", "two", "reason", str("a count the synthetic text states no fact for"));
        return y.toString();
    }

    /** Made-up identifiers in the external datasets, distinct per file and per entity. */
    private void links(YamlLines y) {
        y.line("links:");
        y.item("entity", organization, "wikidata", "Q" + (90_000_000 + index), "dbpedia", "Synthetic_organization_" + index,
                "cite", cite());
        y.item("entity", id("city-1"), "wikidata", "Q" + (80_000_000 + index), "geonames", String.valueOf(90_000_000 + index),
                "latitude", (40 + index % 10) + ".25", "longitude", (60 + index % 30) + ".5", "cite", cite());
    }

    private void document(YamlLines y) {
        y.line("document:")
                .line("  id: " + documentId(index))
                .line("  title: " + str("Synthetic article " + index + " on a collective mission"))
                .line("  outlet: " + outlet)
                .line("  volume: " + (19 + index / 250))
                .line("  issue: " + (1 + index % 250))
                .line("  published: " + date(25))
                .line("  url: https://example.org/synthetic/" + documentId(index))
                .line("  paragraphs: " + PARAGRAPHS);
    }

    int para() { return 1 + random.nextInt(PARAGRAPHS); }

    /** A date some days after this article's first day. */
    String date(int days) { return day0.plusDays(days).toString(); }

    String anyDate() { return date(random.nextInt(20)); }

    /** A citation in one of the forms of the format: a paragraph, several, or with outlets. */
    String cite() {
        int form = random.nextInt(10);
        if (form < 4) return String.valueOf(para());
        if (form < 6) return list(List.of(para(), para() + PARAGRAPHS).stream().map(n -> 1 + (n - 1) % PARAGRAPHS).distinct().toList());
        if (form == 6) return "caption";
        return "{para: " + para() + ", outlets: " + outlets() + "}";
    }

    private String outlets() {
        List<String> entries = new ArrayList<>();
        for (String o : SharedPool.pick(pool.outlets(), 1 + random.nextInt(2), random)) {
            int kind = random.nextInt(6);
            entries.add(kind == 0 ? "{outlet: " + o + "}"
                    : kind == 1 ? "{outlet: " + o + ", accessed: " + anyDate() + "}"
                    : "{outlet: " + o + ", date: " + anyDate() + "}");
        }
        return list(entries);
    }

    /** A count in one of the four forms: exact, approximate, estimated range, open bound. */
    String quantity(int base) {
        int n = base + random.nextInt(Math.max(1, base));
        return switch (random.nextInt(4)) {
            case 0 -> "{value: " + n + ", cite: " + cite() + "}";
            case 1 -> "{value: " + n + ", approx: true, cite: " + cite() + "}";
            case 2 -> "{min: " + n + ", max: " + (n * 2) + ", estimated: true, cite: " + cite() + "}";
            default -> "{min: " + n + ", minExclusive: true, cite: " + cite() + "}";
        };
    }
}
