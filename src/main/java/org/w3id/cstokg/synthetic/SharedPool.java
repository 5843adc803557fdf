package org.w3id.cstokg.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The recurring actors of a synthetic corpus (states, leaders, organizations, outlets, concepts):
 * defined once, in the first file, and referred to by every file, the first ones far more often
 * than the last, as a real corpus keeps citing the same few outlets and heads of state.
 */
record SharedPool(List<String> states, List<String> persons, List<String> organizations,
                  List<String> outlets, List<String> unitTypes, List<String> siteTypes, List<String> vehicleTypes) {
    static final int STATES = 12;
    static final int PERSONS = 40;
    static final int ORGANIZATIONS = 8;
    static final int OUTLETS = 25;

    static SharedPool standard() {
        return new SharedPool(ids("state", STATES), ids("leader", PERSONS), ids("alliance", ORGANIZATIONS),
                ids("outlet", OUTLETS), ids("unit-type", 6), ids("site-type", 8), ids("vehicle-type", 4));
    }

    private static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) ids.add("shared-" + prefix + "-" + i);
        return List.copyOf(ids);
    }

    /** One of {@code ids}, the first ones most often (a skewed, Zipf-like pick). */
    static String pick(List<String> ids, Random random) {
        double r = random.nextDouble();
        return ids.get((int) (ids.size() * r * r));
    }

    /** {@code n} distinct picks of {@code ids}. */
    static List<String> pick(List<String> ids, int n, Random random) {
        List<String> out = new ArrayList<>();
        while (out.size() < Math.min(n, ids.size())) {
            String id = pick(ids, random);
            if (!out.contains(id)) out.add(id);
        }
        return out;
    }

    /** The concept identifiers are local to their scheme, as in the real file. */
    static String conceptId(String sharedId) {
        return sharedId.substring("shared-".length());
    }

    /** The entity and concept definitions, written into the first file. */
    void define(YamlLines yaml, Random random) {
        for (String s : states) yaml.item("id", s, "type", "state", "name", YamlLines.str(Names.of(s)), "cite", cite(random));
        for (String o : organizations) {
            yaml.item("id", o, "type", "organization", "name", YamlLines.str(Names.of(o)),
                    "aliases", "[" + Names.acronym(o) + "]", "cite", cite(random));
        }
        for (String p : persons) {
            yaml.item("id", p, "type", "person", "name", YamlLines.str(Names.person(p)), "cite", cite(random));
        }
        for (String o : outlets) yaml.item("id", o, "type", "outlet", "name", YamlLines.str(Names.of(o)), "cite", cite(random));
    }

    void defineConcepts(YamlLines yaml, Random random) {
        concepts(yaml, unitTypes, "unit-type", random);
        concepts(yaml, siteTypes, "site-type", random);
        concepts(yaml, vehicleTypes, "vehicle-type", random);
    }

    private static void concepts(YamlLines yaml, List<String> ids, String scheme, Random random) {
        for (String id : ids) {
            yaml.item("id", conceptId(id), "scheme", scheme, "name", YamlLines.str(Names.of(id).toLowerCase()),
                    "cite", cite(random));
        }
    }

    private static String cite(Random random) {
        return String.valueOf(1 + random.nextInt(SyntheticArticle.PARAGRAPHS));
    }
}
