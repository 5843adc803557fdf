package org.w3id.cstokg.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the defined identifier closest to a misspelt one, for "did you mean …?". */
final class Suggestions {
    private Suggestions() {}

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        int limit = Math.max(2, wrong.length() / 4);
        return candidates.stream()
                .filter(c -> distance(wrong, c) <= limit)
                .min(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
