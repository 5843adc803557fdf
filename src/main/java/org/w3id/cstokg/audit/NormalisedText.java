package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as evidence words are compared with it: every run of white space one space, typographic
 * quotes and apostrophes ({@code ’‘“”}) plain, edges trimmed; each character remembers where it
 * stands in the original, so a phrase found here has a place there.
 * Usage: {@code NormalisedText.of(paragraph).find(NormalisedText.of(words).text())}.
 */
public final class NormalisedText {

    private final String text;
    private final int[] origin;
    private final int originalLength;

    private NormalisedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    /** Normalises {@code original}. */
    public static NormalisedText of(String original) {
        StringBuilder out = new StringBuilder();
        List<Integer> from = new ArrayList<>();
        boolean space = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                from.add(i - 1);
                space = false;
            }
            out.append(plain(c));
            from.add(i);
        }
        return new NormalisedText(out.toString(), from.stream().mapToInt(Integer::intValue).toArray(), original.length());
    }

    /** The words of {@code original}, normalised. */
    public static String words(String original) {
        return of(original).text;
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u02bc' -> '\'';
            case '\u201c', '\u201d' -> '"';
            default -> c;
        };
    }

    public String text() {
        return text;
    }

    /**
     * Every place {@code words} (normalised) occur, as spans of the original, not starting or
     * ending inside a word ("Armenia" is not found in "Armenian"), as evidence words are found (docs/fact-format.md#evidence).
     */
    public List<Span> find(String words) {
        List<Span> found = new ArrayList<>();
        if (words.isEmpty()) return found;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (isWordChar(at - 1) || isWordChar(at + words.length())) continue;
            found.add(original(at, at + words.length()));
        }
        return found;
    }

    private boolean isWordChar(int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** The original span of the normalised span [start, end). */
    public Span original(int start, int end) {
        int from = start < origin.length ? origin[start] : originalLength;
        int to = end == 0 ? 0 : origin[end - 1] + 1;
        return new Span(from, to);
    }
}
