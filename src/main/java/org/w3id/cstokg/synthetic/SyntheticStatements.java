package org.w3id.cstokg.synthetic;

import static org.w3id.cstokg.synthetic.YamlLines.str;

import java.util.Random;

/** The statements of one synthetic file: a few quotations, claims, positions and rules, then assessments. */
final class SyntheticStatements {
    static final int STATEMENTS = 35;
    private static final String[] WORDS = {"mission", "troops", "stability", "sovereignty", "alliance", "withdrawal",
            "security", "appeal", "decision", "airlift", "peacekeeping", "legality"};

    private final SyntheticArticle a;
    private final Random r;

    SyntheticStatements(SyntheticArticle article) {
        this.a = article;
        this.r = article.random();
    }

    static String statementId(SyntheticArticle a, int k) { return a.id("statement-" + k); }

    void write(YamlLines y) {
        y.line("statements:");
        for (int k = 1; k <= STATEMENTS; k++) {
            String kind = k <= 4 ? "quotation" : k <= 7 ? "claim" : k <= 9 ? "position" : k <= 12 ? "rule" : "assessment";
            y.line("  - id: " + statementId(a, k)).line("    kind: " + kind);
            switch (kind) {
                case "quotation" -> y.line("    by: " + speaker()).line("    date: " + a.anyDate())
                        .line("    quote: " + str(sentence(18)));
                case "claim", "position" -> y.line("    by: " + speaker()).line("    content: " + str(sentence(14)));
                case "rule" -> y.line("    content: " + str(sentence(10)));
                default -> y.line("    by: author").line("    content: " + str(sentence(12)));
            }
            y.line("    about: [" + about(k) + "]").line("    cite: " + a.cite());
        }
    }

    private String speaker() {
        return r.nextBoolean() ? SharedPool.pick(a.pool().persons(), r) : a.id("official-" + (1 + r.nextInt(7)));
    }

    private String about(int k) {
        return switch (k % 3) {
            case 0 -> a.mission;
            case 1 -> SyntheticEvents.eventId(a, 1 + r.nextInt(SyntheticEvents.EVENTS));
            default -> a.host + ", " + a.mission;
        };
    }

    private String sentence(int words) {
        StringBuilder b = new StringBuilder("The");
        for (int i = 0; i < words; i++) b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        return b.append('.').toString();
    }
}
