package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            Matcher m = CAUSE.matcher(text);
            while (m.find()) {
                Span at = new Span(m.start(), m.end());
                boolean stated = placed.stream().anyMatch(p -> p.evidence().part().equals(part) && p.span().contains(at)
                        && p.evidence().supports().stream().anyMatch(r -> r.predicate().equals(KG.because)));
                if (stated || Exemption.claim(exemptions, part, m.group(1), used)) continue;
                String words = NormalisedText.words(m.group(1));
                findings.add(new Finding(Optional.of(part), "\"" + words + "\" gives a cause, but lies in no evidence of a because",
                        Optional.empty(), "give what it explains because: (the event it responds to) with evidence words that include \""
                                + words + "\", or list it under audit: as {para: " + part.cited() + ", text: \"" + words + "\", reason: ...}"));
            }
        });
        return findings;
    }
}
