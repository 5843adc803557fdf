package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule checks 14 and 17 share: each place the article writes a word {@code pattern} finds lies
 * in the evidence of a triple {@code states} accepts for that word, or in words a {@code text} entry
 * of the reviewed list exempts in that part; else {@code finding} says what is missing there.
 */
final class WordsInEvidence {
    private WordsInEvidence() {}

    static List<Finding> check(Pattern pattern, BiPredicate<String, Reifier> states,
                               BiFunction<ArticlePart, String, Finding> finding,
                               ArticleText article, List<PlacedEvidence> placed, List<Exemption> exemptions, List<Exemption> used) {
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Span at = new Span(m.start(), m.end());
                String word = m.group(1);
                boolean stated = placed.stream().anyMatch(p -> p.evidence().part().equals(part) && p.span().contains(at)
                        && p.evidence().supports().stream().anyMatch(r -> states.test(word, r)));
                if (!stated && !Exemption.claim(exemptions, part, word, used)) findings.add(finding.apply(part, word));
            }
        });
        return findings;
    }

    /** A finding in {@code part} with its message and what to do. */
    static Finding at(ArticlePart part, String message, String fix) {
        return new Finding(Optional.of(part), message, Optional.empty(), fix);
    }
}
