package org.w3id.cstokg.audit;

/**
 * A citable part of an article: a numbered paragraph (from 1) or the photo caption, as
 * docs/fact-format.md#paragraphs defines them.
 */
public record ArticlePart(int paragraph) implements Comparable<ArticlePart> {

    /** The photo caption; it precedes paragraph 1 in the text. */
    public static final ArticlePart CAPTION = new ArticlePart(0);

    public ArticlePart {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph numbers start at 1, got " + paragraph);
        }
    }

    /** Paragraph {@code number}, counted from 1. */
    public static ArticlePart paragraph(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, got " + number);
        }
        return new ArticlePart(number);
    }

    public boolean isCaption() {
        return paragraph == 0;
    }

    /** {@code "paragraph 7"} or {@code "caption"}. */
    @Override
    public String toString() {
        return isCaption() ? "caption" : "paragraph " + paragraph;
    }

    /** How a fact file cites the part ({@code para:} of an {@code audit:} entry, a {@code cite}): {@code "7"} or {@code "caption"}. */
    public String cited() {
        return isCaption() ? "caption" : String.valueOf(paragraph);
    }

    /** How a sentence names the part: {@code "paragraph 7"} or {@code "the caption"}. */
    public String inProse() {
        return isCaption() ? "the caption" : toString();
    }

    @Override
    public int compareTo(ArticlePart other) {
        return Integer.compare(paragraph, other.paragraph);
    }
}
