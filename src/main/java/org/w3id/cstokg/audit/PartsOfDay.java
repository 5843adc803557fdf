package org.w3id.cstokg.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 14: a part of the day the article gives ("during the night of January 5–6": morning,
 * afternoon, evening, night) lies in the evidence of a fact whose {@code kg:partOfDay} is that word,
 * as a clock time lies in the evidence of a time (check 3), or in words a {@code text} entry of the
 * reviewed list exempts in that part. Without it a deleted {@code partOfDay} went unnoticed, its word
 * lying in the evidence of the event's other triples.
 */
final class PartsOfDay {

    private static final Pattern PART_OF_DAY = Pattern.compile("(?<![\\p{L}\\p{N}-])(morning|afternoon|evening|night)(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE);

    private PartsOfDay() {}

    static List<Finding> check(ArticleText article, List<PlacedEvidence> placed, List<Exemption> exemptions, List<Exemption> used) {
        return WordsInEvidence.check(PART_OF_DAY, (word, r) -> r.predicate().equals(KG.partOfDay) && r.object().isLiteral()
                && r.object().asLiteral().getLexicalForm().equalsIgnoreCase(word), (part, matched) -> {
                    String word = matched.toLowerCase(Locale.ROOT);
                    return WordsInEvidence.at(part, "\"" + matched + "\" (a part of the day) lies in no evidence of a fact whose "
                            + "partOfDay is " + word, "give the event it times partOfDay: " + word
                            + " with evidence words that include it, or list it under audit: as {para: " + part.cited() + ", text: \""
                            + matched + "\", reason: ...}");
                }, article, placed, exemptions, used);
    }
}
