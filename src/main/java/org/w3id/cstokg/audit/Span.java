package org.w3id.cstokg.audit;

/** A run of characters of a text (one part's, or the whole file's), [start, end) in UTF-16 units, end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** The smallest span holding both. */
    Span span(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** True if {@code other} lies wholly inside this. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True if the two share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
