package org.w3id.cstokg.facts;

import java.util.Map;

/**
 * The upper bounds of the counts that make triples by themselves: one {@code paragraphs: N} makes
 * some four triples per paragraph, so a mistyped or hostile number (200,000 made 804,342 quads and
 * 6.3 GB of memory from a 35-line file; 4,294,967,301 wrapped to 5) is refused at its location.
 */
final class BoundedCount {
    /** The most paragraphs a document may have (the real article has 19). */
    static final long MAX_PARAGRAPHS = 10_000;
    /** The most lines a table may have, and the highest line a citation may name. */
    static final long MAX_LINES = 100_000;
    /** The highest paragraph number a citation may name, in digits (larger ones are not numbers here). */
    static final int PARAGRAPH_DIGITS = String.valueOf(MAX_PARAGRAPHS).length();

    private static final Map<String, Long> MAX = Map.of("paragraphs", MAX_PARAGRAPHS, "lines", MAX_LINES, "line", MAX_LINES);

    private BoundedCount() {}

    /** Whether {@code n}, the value of {@code key}, is within its bound; if not, says so at the value's location. */
    static boolean within(Fields f, String key, long n) {
        Long max = MAX.get(key);
        if (max == null || n <= max) return true;
        f.reading.error(f.at(key), String.format("'%s' is %,d, more than the %,d a fact file may give", key, n, max));
        return false;
    }
}
