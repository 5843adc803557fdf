package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one part's text into sentences: a sentence ends at {@code . ! ?} (and any closing quote or
 * parenthesis after it) followed by white space and a capital, a digit or an opening quote, unless
 * the word before the full stop is an abbreviation ("Gen.", "p.m.", "U.S."). Usage:
 * {@code SentenceSplitter.split("It rained. They left.")} gives two spans.
 */
final class SentenceSplitter {

    private static final Pattern END = Pattern.compile("[.!?][\"'\u201d\u2019)]*(?=[\\p{IsWhite_Space}\\uFEFF]+[\\p{Lu}\\p{N}\"\u201c'\u2018(])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
            "sgt", "st", "no", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "approx", "cf", "vol", "pp", "fig");

    private SentenceSplitter() {}

    /** The sentences of {@code text}, as spans, white space between them left out. */
    static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (end.group().charAt(0) == '.' && isAbbreviation(text.substring(start, end.start()))) continue;
            sentences.add(new Span(start, end.end()));
            start = skipSpace(text, end.end());
        }
        int last = text.stripTrailing().length();
        if (start < last) sentences.add(new Span(start, last));
        return sentences;
    }

    private static boolean isAbbreviation(String before) {
        Matcher word = LAST_WORD.matcher(before);
        if (!word.find()) return false;
        String w = word.group(1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(w) || w.matches("(\\p{L}\\.)*\\p{L}") && w.length() <= 3 && w.contains(".")
                || w.length() == 1 && Character.isUpperCase(word.group(1).charAt(0));
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) i++;
        return i;
    }
}
