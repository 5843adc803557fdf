package org.w3id.cstokg.cli;

import java.util.Collection;
import java.util.List;

/**
 * The options or commands nearest to one mistyped, for the typos picocli's own suggestions miss or
 * blur (they compare pairs of letters, so {@code --prot} finds nothing like {@code --port}, and
 * {@code serv} finds {@code serve}, {@code query} and {@code generate} alike): the names at the
 * smallest edit distance, where a swap of two neighbouring letters counts as one edit, if that
 * distance is at most two and less than half the typed name.
 */
final class NameSuggestions {
    private NameSuggestions() {}

    /**
     * The names of {@code options} (or commands) nearest to {@code typed} ({@code --name},
     * {@code --name=value} or {@code name}), or none.
     */
    static List<String> nearest(String typed, Collection<String> options) {
        String name = strip(typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed);
        int limit = Math.min(2, (name.length() - 1) / 2);
        int best = Integer.MAX_VALUE;
        for (String option : options) best = Math.min(best, distance(name, strip(option)));
        if (best > limit || best == 0) return List.of();
        int found = best;
        return options.stream().filter(o -> distance(name, strip(o)) == found).sorted().toList();
    }

    private static String strip(String option) {
        int i = 0;
        while (i < option.length() && option.charAt(i) == '-') i++;
        return option.substring(i);
    }

    /** Edits (insert, delete, replace, swap of neighbours) from {@code a} to {@code b}: optimal string alignment. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
