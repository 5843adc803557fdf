package org.w3id.cstokg.facts;

/** The part of the source document a citation points to: a numbered paragraph, the photo caption, or a table's line. */
public record CitedPart(Kind kind, int number) {
    /** The kinds of citable part. */
    public enum Kind { PARAGRAPH, CAPTION, LINE }

    /** The photo caption. */
    public static final CitedPart CAPTION = new CitedPart(Kind.CAPTION, 0);

    public static CitedPart paragraph(int n) { return new CitedPart(Kind.PARAGRAPH, n); }

    /** A line of a table, from 1. */
    public static CitedPart line(int n) { return new CitedPart(Kind.LINE, n); }

    public boolean isCaption() { return kind == Kind.CAPTION; }

    /** Words for messages, such as "paragraph 8" or "line 6". */
    public String describe() {
        return switch (kind) {
            case PARAGRAPH -> "paragraph " + number;
            case CAPTION -> "the caption";
            case LINE -> "line " + number;
        };
    }
}
