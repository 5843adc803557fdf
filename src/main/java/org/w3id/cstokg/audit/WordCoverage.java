package org.w3id.cstokg.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Check 4, word by word: every word of a sentence that is not a function word
 * ({@code function-words.txt}) lies in the evidence of some fact, in an outlet citation (which the
 * mention check matches), or in words the reviewed {@code audit:} list exempts. A fact deleted from
 * the data takes its evidence with it, so the words only it stated are then reported: the sentence
 * check alone is satisfied by any one fact of the sentence.
 */
final class WordCoverage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> FUNCTION_WORDS = functionWords();

    private final List<Finding> findings = new ArrayList<>();
    private final List<Exemption> used = new ArrayList<>();

    WordCoverage(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed, List<Exemption> exemptions) {
        MentionExtractor extractor = new MentionExtractor(year);
        article.parts().forEach((part, text) -> {
            List<Span> covered = new ArrayList<>();
            placed.stream().filter(p -> p.evidence().part().equals(part)).forEach(p -> covered.addAll(covers(text, graph, p)));
            covered.addAll(NameCoverage.citations(text, extractor));
            NormalisedText normal = NormalisedText.of(text);
            Map<Exemption, List<Span>> exempted = new LinkedHashMap<>();
            for (Exemption e : exemptions) {
                if (!e.sentence() && e.part().equals(part)) exempted.put(e, normal.find(NormalisedText.words(e.text())));
            }
            for (Span sentence : SentenceSplitter.split(text)) {
                String words = text.substring(sentence.start(), sentence.end());
                if (exemptions.stream().anyMatch(x -> x.coversSentence(part, words))) continue;
                report(part, text, sentence, covered, exempted);
            }
        });
    }

    /**
     * What an evidence span covers: all its words when its triples state more than names; when they
     * are only types and names (an entity's own evidence), only the names in it. An entity's evidence
     * "in Kazakhstan, at the latter country's urgent request" states that Kazakhstan is; the request
     * is another fact's, and when that fact is deleted its words must be missed.
     */
    private static List<Span> covers(String text, EvidenceGraph graph, PlacedEvidence p) {
        if (SentenceCoverage.statesMoreThanNames(p.evidence())) return List.of(p.span());
        return graph.names().in(text, p.span()).stream().map(NameIndex.Occurrence::span).toList();
    }

    /**
     * Reports the runs of content words of {@code sentence} outside {@code covered}; a word the
     * reviewed list exempts is no finding, and its entry is used (an entry whose words all lie in
     * evidence anyway is not, and stays stale unless another check uses it).
     */
    private void report(ArticlePart part, String text, Span sentence, List<Span> covered,
                        Map<Exemption, List<Span>> exempted) {
        Matcher word = WORD.matcher(text).region(sentence.start(), sentence.end());
        Span run = null;
        while (word.find()) {
            Span span = new Span(word.start(), word.end());
            boolean function = FUNCTION_WORDS.contains(word.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            boolean inEvidence = covered.stream().anyMatch(c -> c.contains(span));
            if (!function && !inEvidence) {
                List<Exemption> by = exempted.entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(x -> x.contains(span))).map(Map.Entry::getKey).toList();
                used.addAll(by);
                inEvidence = !by.isEmpty();
            }
            if (!function && !inEvidence) {
                run = run == null ? span : new Span(run.start(), span.end());
            } else if (inEvidence && run != null) {
                add(part, text, run);
                run = null;
            }
        }
        if (run != null) add(part, text, run);
    }

    private void add(ArticlePart part, String text, Span run) {
        String words = NormalisedText.words(text.substring(run.start(), run.end()));
        findings.add(new Finding(Optional.of(part), "the words \"" + words + "\" lie in no evidence", Optional.empty(),
                "give the fact that states them evidence words that include them (add the fact if the graph lacks it), or list "
                        + "them under audit: as {para: " + part.cited() + ", text: \""
                        + words + "\", reason: ...}"));
    }

    /** Whether {@code word} is on the list of function words (any case). */
    static boolean functionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    List<Finding> findings() { return List.copyOf(findings); }

    List<Exemption> used() { return List.copyOf(used); }

    private static Set<String> functionWords() {
        try (InputStream in = WordCoverage.class.getResourceAsStream("function-words.txt")) {
            if (in == null) throw new IllegalStateException("function-words.txt is missing from the jar");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
