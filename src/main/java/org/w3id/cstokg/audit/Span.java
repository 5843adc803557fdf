package org.w3id.cstokg.audit;

/** A run of characters of one part's text, [start, end), end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
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
