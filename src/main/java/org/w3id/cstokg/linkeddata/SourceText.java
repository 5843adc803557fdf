package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cstokg.audit.NormalisedText;

/**
 * The whole text of a source document as the server read it, addressed in Unicode code points as
 * {@code oa:TextPositionSelector} counts them; its blocks are the runs of non-blank lines (the
 * title, the byline, the caption and the paragraphs).
 */
final class SourceText {
    private static final Pattern BLOCK = Pattern.compile("[^\\n]*\\S[^\\n]*(\\n[^\\n]*\\S[^\\n]*)*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String documentId;
    private final String text;
    private final int[] charIndex;
    private final List<Span> blocks;

    SourceText(String documentId, String text) {
        this.documentId = documentId;
        this.text = text;
        int points = text.codePointCount(0, text.length());
        charIndex = new int[points + 1];
        for (int cp = 0, i = 0; cp <= points; cp++) {
            charIndex[cp] = i;
            if (i < text.length()) i += Character.charCount(text.codePointAt(i));
        }
        blocks = blocks(text);
    }

    String documentId() {
        return documentId;
    }

    /** The length in code points. */
    int length() {
        return charIndex.length - 1;
    }

    /** The text of a span inside this text. */
    String slice(Span span) {
        return text.substring(charIndex[span.start()], charIndex[span.end()]);
    }

    /**
     * Whether {@code words} are what the text says at {@code span}, white space and typographic
     * quotes aside (as evidence-spec.md normalises): a text other than the one the graph was built
     * from shows no highlight rather than a wrong one.
     */
    boolean says(Span span, String words) {
        return span.end() <= length() && NormalisedText.words(slice(span)).equals(NormalisedText.words(words));
    }

    /** The blocks (runs of non-blank lines, edge white space left out), in text order. */
    List<Span> blocks() {
        return blocks;
    }

    /** The block that holds the span, if one does (a span across a blank line has none). */
    Optional<Span> blockAround(Span span) {
        return blocks.stream().filter(b -> b.contains(span)).findFirst();
    }

    private List<Span> blocks(String whole) {
        List<Span> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(whole);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && isSpace(whole.charAt(start))) start++;
            while (end > start && isSpace(whole.charAt(end - 1))) end--;
            if (start < end) found.add(new Span(whole.codePointCount(0, start), whole.codePointCount(0, end)));
        }
        return List.copyOf(found);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
