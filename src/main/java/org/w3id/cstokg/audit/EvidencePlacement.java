package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 1: every evidence phrase occurs, after normalising white space and quotes, exactly once
 * in the part its citation cites. A paraphrase, a wrong paragraph or an ambiguous phrase is a finding;
 * the phrases found once are placed, and only they count as evidence in the other checks.
 */
final class EvidencePlacement {

    private final List<PlacedEvidence> placed = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    EvidencePlacement(ArticleText article, List<Evidence> evidence, FactLocator locator) {
        for (Evidence e : evidence) {
            e.words().filter(w -> !NormalisedText.words(w).isEmpty()).ifPresent(w -> place(article, e, w, locator));
        }
    }

    List<PlacedEvidence> placed() {
        return List.copyOf(placed);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private void place(ArticleText article, Evidence e, String words, FactLocator locator) {
        String text = article.parts().get(e.part());
        if (text == null) {
            findings.add(finding(e, locator, e.described() + " cites " + e.part().inProse() + ", which the article does not have",
                    "cite the part where the words are"));
            return;
        }
        List<Span> found = NormalisedText.of(text).find(NormalisedText.words(words));
        if (found.size() == 1) {
            placed.add(new PlacedEvidence(e, found.get(0)));
            e.position().ifPresent(at -> position(article, e, words, at, locator));
        } else if (found.isEmpty()) {
            findings.add(finding(e, locator, e.described() + " is not in " + e.part().inProse(), elsewhere(article, e, words)));
        } else {
            findings.add(finding(e, locator, e.described() + " occurs " + found.size() + " times in " + e.part().inProse(),
                    "lengthen the words until they name one place"));
        }
    }

    /** The offsets must hold the words (as the article writes them): the graph was built from this text. */
    private void position(ArticleText article, Evidence e, String words, Span at, FactLocator locator) {
        String there = article.codePoints(at.start(), at.end()).orElse(null);
        if (there == null || !NormalisedText.words(there).equals(NormalisedText.words(words))) {
            findings.add(finding(e, locator, "oa:start " + at.start() + " and oa:end " + at.end() + " of " + e.described()
                    + (there == null ? " lie outside the text" : " hold \"" + there + "\""),
                    "rebuild the graph with this file as the document's text: (the loader computes the offsets from it)"));
        }
    }

    private static String elsewhere(ArticleText article, Evidence e, String words) {
        String normal = NormalisedText.words(words);
        List<String> parts = article.parts().entrySet().stream()
                .filter(p -> !NormalisedText.of(p.getValue()).find(normal).isEmpty())
                .map(p -> p.getKey().inProse()).toList();
        return parts.isEmpty() ? "quote the article's own words, verbatim (at most ~12 words)"
                : "the words are in " + String.join(", ", parts) + ": cite that part";
    }

    private static Finding finding(Evidence e, FactLocator locator, String problem, String remedy) {
        return new Finding(Optional.of(e.part()), problem, locator.ofCitation(e), remedy);
    }
}
