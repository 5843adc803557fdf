package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a fact's evidence words in a part of the article, as docs/fact-format.md#evidence says: verbatim
 * once white space runs are one space and typographic quotes and apostrophes are straight ones.
 * Usage: {@code EvidenceWords.find(text, range, "some 1,850 troops")} gives every place they stand.
 */
public final class EvidenceWords {

    private EvidenceWords() {}

    /** Every place in {@code range} of {@code text} where {@code words} stand, as ranges of {@code text}. */
    public static List<TextRange> find(String text, TextRange range, String words) {
        Normalised haystack = Normalised.of(text, range);
        String needle = Normalised.of(words, new TextRange(0, words.length())).text.strip();
        List<TextRange> found = new ArrayList<>();
        if (needle.isEmpty()) return found;
        for (int i = haystack.text.indexOf(needle); i >= 0; i = haystack.text.indexOf(needle, i + 1)) {
            if (!boundary(haystack.text, i - 1) || !boundary(haystack.text, i + needle.length())) continue;
            found.add(new TextRange(haystack.origin[i], haystack.origin[i + needle.length() - 1] + 1));
        }
        return found;
    }

    /** A match must not start or end inside a word: "Armenia" is not found in "Armenian". */
    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    /** The code point offset of a UTF-16 index of {@code text}: what oa:TextPositionSelector counts. */
    public static int codePoints(String text, int index) { return text.codePointCount(0, index); }

    /** A normalised copy of part of a text, each of its characters knowing where it came from. */
    private record Normalised(String text, int[] origin) {
        static Normalised of(String text, TextRange range) {
            StringBuilder out = new StringBuilder();
            int[] origin = new int[range.end() - range.start() + 1];
            boolean space = false;
            for (int i = range.start(); i < range.end(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                    space = true;
                    continue;
                }
                if (space && !out.isEmpty()) {
                    origin[out.length()] = i - 1;
                    out.append(' ');
                }
                space = false;
                origin[out.length()] = i;
                out.append(straight(c));
            }
            return new Normalised(out.toString(), origin);
        }

        private static char straight(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u02bc' -> '\'';
                case '\u201c', '\u201d' -> '"';
                default -> c;
            };
        }
    }
}
