package org.w3id.cstokg.audit;

/** A run of a text file's characters, {@code [start, end)} in UTF-16 units of the decoded text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
    }

    /** The smallest range holding both. */
    TextRange span(TextRange other) { return new TextRange(Math.min(start, other.start), Math.max(end, other.end)); }

    /** Whether {@code other} lies inside this range. */
    public boolean contains(TextRange other) { return start <= other.start && other.end <= end; }

    /** Whether the two ranges share a character. */
    public boolean overlaps(TextRange other) { return start < other.end && other.start < end; }
}
