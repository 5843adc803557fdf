package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 11: words that point back at something ("this mission", "These protests", "This
 * principle", "Those troops": this, these or those before a word that is no function word; "that"
 * before such a word that ends a clause, "that decision,") are a
 * reference ({@code referredToAs}) of what they point at, or words a {@code text} entry of the
 * reviewed list exempts in that part. References count as names in checks 5 and 6, so a fact about
 * what "this mission" points at cannot be left out; without this check a deleted reference would
 * go unnoticed, the words being common nouns that check 6 does not ask to be known.
 */
final class DemonstrativeReferences {

    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:this|these|those)\\s+(\\p{L}[\\p{L}\\p{N}'’-]*)"
            // "that" is mostly a conjunction or a relative pronoun ("announced that organized violent groups",
            // "protests that degenerated"); before a word that ends a clause ("that decision,", "that country.") it points back
            + "|(?<![\\p{L}\\p{N}])that\\s+(\\p{L}[\\p{L}\\p{N}'’-]*)(?=[,.;:)”\"!?]|$)", Pattern.CASE_INSENSITIVE);

    private DemonstrativeReferences() {}

    /** The findings; the exemptions that exempted some words are added to {@code used}. */
    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<Exemption> exemptions, List<Exemption> used) {
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            List<Span> named = graph.names().in(text, new Span(0, text.length())).stream().map(NameIndex.Occurrence::span).toList();
            Matcher m = PHRASE.matcher(text);
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2);
                String next = word.replaceAll("['’]s$", "");
                if (WordCoverage.functionWord(next)) continue;
                Span phrase = new Span(m.start(), m.end() - (word.length() - next.length()));
                if (named.stream().anyMatch(n -> n.contains(phrase))) continue;
                List<Exemption> by = exemptions.stream().filter(e -> exempts(e, part, text, phrase)).toList();
                if (!by.isEmpty()) {
                    by.stream().filter(e -> !used.contains(e)).forEach(used::add);
                    continue;
                }
                String words = NormalisedText.words(text.substring(phrase.start(), phrase.end()));
                findings.add(new Finding(Optional.of(part), "\"" + words + "\" refers back to something the graph knows by no such words",
                        Optional.empty(), "add the words the article refers to it by as referredToAs of what they refer to, "
                                + "or list them under audit: as {para: " + part.cited() + ", text: \"" + words + "\", reason: ...}"));
            }
        });
        return findings;
    }

    /** Whether {@code e}, a {@code text} entry of {@code part}, names words (any case) that hold {@code phrase}. */
    private static boolean exempts(Exemption e, ArticlePart part, String text, Span phrase) {
        if (e.sentence() || !e.part().equals(part)) return false;
        NormalisedText normal = NormalisedText.of(text.toLowerCase(Locale.ROOT));
        return normal.find(NormalisedText.words(e.text()).toLowerCase(Locale.ROOT)).stream().anyMatch(s -> s.contains(phrase));
    }
}
