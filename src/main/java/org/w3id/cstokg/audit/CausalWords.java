package org.w3id.cstokg.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 17: words that give a cause ("because", "responding to", "in response to", any case) lie in
 * the evidence of a {@code kg:because} triple, as a part of the day lies in the evidence of a
 * {@code kg:partOfDay} (check 14), or in words a {@code text} entry of the reviewed list exempts in
 * that part. The cause's words often lie in the evidence of other facts as well (the CSC decision's
 * "Responding to President Tokayev's appeal" is inside its quoted text), so without this check a
 * deleted {@code because} went unnoticed.
 */
final class CausalWords {

    private static final Pattern CAUSE = Pattern.compile("(?<![\\p{L}\\p{N}-])(because|responding\\s+to|in\\s+response\\s+to)(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE);

    private CausalWords() {}

    static List<Finding> check(ArticleText article, List<PlacedEvidence> placed, List<Exemption> exemptions, List<Exemption> used) {
        return WordsInEvidence.check(CAUSE, (word, r) -> r.predicate().equals(KG.because), (part, matched) -> {
            String words = NormalisedText.words(matched);
            return WordsInEvidence.at(part, "\"" + words + "\" gives a cause, but lies in no evidence of a because",
                    "give what it explains because: (the event it responds to) with evidence words that include \""
                            + words + "\", or list it under audit: as {para: " + part.cited() + ", text: \"" + words + "\", reason: ...}");
        }, article, placed, exemptions, used);
    }
}
