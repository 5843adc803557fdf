package org.w3id.cstokg.linkeddata;

/**
 * A run of a source text, {@code [start, end)} in Unicode code points from the start of the file, as
 * {@code oa:TextPositionSelector} counts them; {@link #anchor()} names it in a page.
 */
record Span(int start, int end) implements Comparable<Span> {

    Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
    }

    /** The fragment identifier of the span on a {@code /source/} page: {@code span-START-END}. */
    String anchor() {
        return "span-" + start + "-" + end;
    }

    boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    int length() {
        return end - start;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
