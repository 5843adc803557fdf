package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            Matcher m = PART_OF_DAY.matcher(text);
            while (m.find()) {
                Span at = new Span(m.start(), m.end());
                String word = m.group(1).toLowerCase(Locale.ROOT);
                boolean stated = placed.stream().anyMatch(p -> p.evidence().part().equals(part) && p.span().contains(at)
                        && p.evidence().supports().stream().anyMatch(r -> r.predicate().equals(KG.partOfDay) && r.object().isLiteral()
                                && r.object().asLiteral().getLexicalForm().equalsIgnoreCase(word)));
                if (stated || Exemption.claim(exemptions, part, m.group(1), used)) continue;
                findings.add(new Finding(Optional.of(part), "\"" + m.group(1) + "\" (a part of the day) lies in no evidence of a fact whose "
                        + "partOfDay is " + word, Optional.empty(), "give the event it times partOfDay: " + word
                        + " with evidence words that include it, or list it under audit: as {para: " + part.cited() + ", text: \""
                        + m.group(1) + "\", reason: ...}"));
            }
        });
        return findings;
    }
}
