package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 6: every proper name of the article ({@link ProperNames}) is, word for word, a name or
 * alias of a resource of the document graph, a rank of a post holding ("Colonel General"), a title
 * before a person's name (which check 9 asks a holding's evidence for), part of a date, a clock
 * time's zone or an outlet citation, or words a {@code text} entry of the reviewed list exempts in
 * that part. Without it, a
 * deleted alias ("Putin") would leave a name the audit no longer knows to look for.
 */
final class UnknownNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[-\u2010\u2011][\\p{L}\\p{N}]+)*");

    private UnknownNames() {}

    /** The findings; the exemptions that exempted some words are added to {@code used}. */
    static List<Finding> check(ArticleText article, int year, EvidenceGraph graph, List<Exemption> exemptions,
                               List<Exemption> used) {
        ProperNames detector = ProperNames.of(article.parts().values());
        MentionExtractor extractor = new MentionExtractor(year);
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            List<Span> known = known(text, extractor, graph);
            for (Span name : detector.in(text)) {
                List<Span> unknown = leftOver(text, name, known);
                if (unknown.isEmpty()) continue;
                List<Span> taken = new ArrayList<>(known);
                for (Exemption e : exemptions) {
                    List<Span> exempted = exempted(e, part, text, name);
                    if (overlapAny(exempted, unknown) && !used.contains(e)) used.add(e);
                    taken.addAll(exempted);
                }
                for (String words : runs(text, leftOver(text, name, taken))) {
                    findings.add(new Finding(Optional.of(part), "\"" + words + "\" is no name or alias of anything in the graph",
                            Optional.empty(), "add it as an alias of what it names, or list it under audit:"));
                }
            }
        });
        return findings;
    }

    private static boolean overlapAny(List<Span> spans, List<Span> words) {
        return spans.stream().anyMatch(s -> words.stream().filter(Objects::nonNull).anyMatch(s::overlaps));
    }

    private static List<Span> known(String text, MentionExtractor extractor, EvidenceGraph graph) {
        List<Span> known = new ArrayList<>(NameCoverage.notNames(text, extractor));
        graph.names().in(text, new Span(0, text.length())).forEach(o -> known.add(o.span()));
        for (Mention m : extractor.extract(text)) {
            if (m instanceof DateMention || m instanceof ClockTimeMention || m instanceof NumberMention) {
                known.add(new Span(m.offset(), m.offset() + m.text().length()));
            }
        }
        known.addAll(TitleMentions.ranks(text, graph.model()));
        known.addAll(TitleMentions.titles(text, graph));
        return known;
    }

    /** Where the words of {@code e}, an exemption of {@code part}, stand inside {@code name} (any case). */
    private static List<Span> exempted(Exemption e, ArticlePart part, String text, Span name) {
        if (e.sentence() || !e.part().equals(part)) return List.of();
        NormalisedText normal = NormalisedText.of(text.substring(0, name.end()).toLowerCase(Locale.ROOT));
        return normal.find(NormalisedText.words(e.text()).toLowerCase(Locale.ROOT)).stream()
                .filter(name::contains).toList();
    }

    /** The words of {@code name} that no span of {@code taken} overlaps, a {@code null} where a taken word breaks the run. */
    private static List<Span> leftOver(String text, Span name, List<Span> taken) {
        List<Span> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(name.start(), name.end());
        boolean any = false;
        while (word.find()) {
            Span w = new Span(word.start(), word.end());
            if (taken.stream().anyMatch(t -> t.overlaps(w))) {
                if (any && words.getLast() != null) words.add(null);
            } else {
                words.add(w);
                any = true;
            }
        }
        if (any && words.getLast() == null) words.removeLast();
        return any ? words : List.of();
    }

    /** The runs of {@code words} (broken at each {@code null}), as written, without "of" or "the" at their edges. */
    private static List<String> runs(String text, List<Span> words) {
        List<String> runs = new ArrayList<>();
        List<Span> run = new ArrayList<>();
        for (Span w : words) {
            if (w == null) close(text, run, runs);
            else run.add(w);
        }
        close(text, run, runs);
        return runs;
    }

    private static void close(String text, List<Span> run, List<String> runs) {
        while (!run.isEmpty() && Character.isLowerCase(text.charAt(run.getLast().start()))) run.removeLast();
        while (!run.isEmpty() && Character.isLowerCase(text.charAt(run.getFirst().start()))) run.removeFirst();
        if (!run.isEmpty()) runs.add(NormalisedText.words(text.substring(run.getFirst().start(), run.getLast().end())));
        run.clear();
    }
}
