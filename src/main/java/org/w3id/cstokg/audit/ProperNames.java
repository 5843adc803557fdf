package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the proper names of a text as runs of capitalised words ("Collective Security Treaty
 * Organization", "Kassym-Jomart Tokayev", "CSTO"): "of" and "the" may join two capitalised words
 * ("Head of State"), a possessive ("CSTO’s", "Forces’") ends a run and is not part of it, and any
 * punctuation breaks one. A capital that only opens a sentence or a quotation marks no name: such a
 * word counts only if the article also writes it capitalised elsewhere and never in lower case.
 * Usage: {@code ProperNames.of(article.parts().values()).in("Then Putin spoke.")} gives the span of "Putin".
 */
final class ProperNames {

    private static final Pattern WORD = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}]*(?:[-\u2010\u2011][\\p{L}\\p{N}]+)*(?:['\u2018\u2019](?:s(?![\\p{L}\\p{N}]))?)?");
    private static final Set<String> JOINERS = Set.of("of", "the");

    private final Set<String> lowerCase;
    private final Set<String> capitalisedInside;

    private ProperNames(Set<String> lowerCase, Set<String> capitalisedInside) {
        this.lowerCase = Set.copyOf(lowerCase);
        this.capitalisedInside = Set.copyOf(capitalisedInside);
    }

    /** A detector that judges sentence-initial words by how {@code texts} (the article's parts) write them. */
    static ProperNames of(Collection<String> texts) {
        Set<String> lower = new HashSet<>();
        Set<String> inside = new HashSet<>();
        for (String text : texts) {
            for (Word w : words(text)) {
                if (!w.capitalised()) lower.add(w.text());
                else if (!w.opening()) inside.add(w.text());
            }
        }
        return new ProperNames(lower, inside);
    }

    /** The spans of the proper names in {@code text}, in order, none overlapping. */
    List<Span> in(String text) {
        List<Span> names = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : words(text)) {
            boolean joined = !run.isEmpty() && onlySpaceBetween(text, run.getLast(), w) && !run.getLast().possessive();
            boolean joiner = joined && JOINERS.contains(w.text());
            if (w.capitalised() && counts(w) || joiner) {
                if (!joined) close(run, names);
                run.add(w);
            } else {
                close(run, names);
            }
        }
        close(run, names);
        return names;
    }

    private boolean counts(Word w) {
        return !w.opening() || capitalisedInside.contains(w.text()) && !lowerCase.contains(w.text().toLowerCase(Locale.ROOT));
    }

    private static void close(List<Word> run, List<Span> names) {
        while (!run.isEmpty() && !run.getLast().capitalised()) run.removeLast();
        if (!run.isEmpty()) names.add(new Span(run.getFirst().span().start(), run.getLast().span().end()));
        run.clear();
    }

    private static boolean onlySpaceBetween(String text, Word before, Word after) {
        return text.substring(before.end(), after.span().start()).matches("[\\p{IsWhite_Space}]+");
    }

    /** A word without its possessive ending; {@code opening}: the first word of a sentence or a quotation. */
    private record Word(Span span, String text, boolean capitalised, boolean opening, boolean possessive, int end) {}

    private static List<Word> words(String text) {
        List<Span> sentences = SentenceSplitter.split(text);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String bare = raw.replaceFirst("['\u2018\u2019]s?$", "");
            int at = m.start();
            boolean opening = sentences.stream().anyMatch(s -> s.start() <= at && !hasWordChar(text.substring(s.start(), at)))
                    || opensQuotation(text, at);
            words.add(new Word(new Span(m.start(), m.start() + bare.length()), bare,
                    Character.isUpperCase(bare.charAt(0)) || Character.isTitleCase(bare.charAt(0)),
                    opening, !bare.equals(raw), m.end()));
        }
        return words;
    }

    private static boolean hasWordChar(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean opensQuotation(String text, int at) {
        return at > 0 && "\"\u201c\u2018".indexOf(text.charAt(at - 1)) >= 0;
    }
}
