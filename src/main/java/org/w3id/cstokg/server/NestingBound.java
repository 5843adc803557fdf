package org.w3id.cstokg.server;

/**
 * An upper bound, found in one pass over the text, on how deeply a SPARQL query or update can
 * make Jena's parser and algebra recurse: the number of its brackets and operators ({@value #NESTING})
 * outside IRIs, strings and comments. Every construct that nests or chains (a group inside a group,
 * a UNION branch, a sub-SELECT, a path step, an operator of an expression, a function call) takes
 * at least one of them per level, so a text with fewer than {@link #SAFE} cannot be nested deeply
 * enough to overflow a thread's stack, and {@link ParseDepth} need not parse it to find out.
 * Counting too many (in a text the lexing here reads differently from Jena's) costs only that parse.
 */
final class NestingBound {
    /** The characters counted. */
    static final String NESTING = "{([/|^&+*-!,;";
    /**
     * Texts counting fewer than this are not parsed to check their depth. The shallowest overflows
     * seen with Jena 6.2 on a thread with the JVM's default 1 MB stack: 894 nested groups
     * ({@code { { { … } } }}, 1,788 counted) with the parser compiled, and 397 nested function calls
     * (399 counted) in a CI run where it still ran interpreted, whose frames are larger. The
     * project's queries count at most 38. {@code TestNestingBound} checks that no construct it
     * builds overflows just under this bound.
     */
    static final int SAFE = 100;

    private NestingBound() {}

    /** True if {@code text} (a query or an update, or null) counts fewer than {@link #SAFE}. */
    static boolean shallow(String text) {
        return text == null || count(text, SAFE) < SAFE;
    }

    /** The brackets and operators of {@code text} outside IRIs, strings and comments, counted up to {@code limit}. */
    static int count(String text, int limit) {
        int n = 0;
        int i = 0;
        while (i < text.length() && n < limit) {
            int past = pastLiteral(text, i);
            if (past > i) {
                i = past;
            } else {
                if (NESTING.indexOf(text.charAt(i)) >= 0) n++;
                i++;
            }
        }
        return n;
    }

    /**
     * How deeply the {@code EXISTS} (and {@code NOT EXISTS}) groups of {@code text} nest, read as
     * {@link #count} reads it: Jena 6.2's optimiser takes time exponential in it (a query of 22 nested
     * {@code EXISTS}, 438 characters, took 9.5 s, beyond any query timeout, which does not stop the
     * optimiser), so {@link DeepQueryGuard} refuses more than {@link #MAX_EXISTS_DEPTH}.
     */
    static int existsDepth(String text) {
        if (text == null) return 0;
        java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
        boolean existsNext = false;
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < text.length()) {
            int past = pastLiteral(text, i);
            if (past > i) {
                i = past;
                continue;
            }
            char c = text.charAt(i);
            if (c == '{') {
                groups.push(existsNext);
                if (existsNext) max = Math.max(max, ++depth);
                existsNext = false;
            } else if (c == '}') {
                if (!groups.isEmpty() && groups.pop()) depth--;
            } else if (isKeyword(text, i, "EXISTS")) {
                existsNext = true;
                i += "EXISTS".length();
                continue;
            }
            i++;
        }
        return max;
    }

    /** The deepest nesting of {@code EXISTS} served: 10 took 11 ms to optimise, 16 took 170 ms, 22 took 9.5 s. */
    static final int MAX_EXISTS_DEPTH = 10;

    private static boolean isKeyword(String text, int at, String keyword) {
        int end = at + keyword.length();
        return text.regionMatches(true, at, keyword, 0, keyword.length())
                && (at == 0 || !isNameChar(text.charAt(at - 1)))
                && (end == text.length() || !isNameChar(text.charAt(end)));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?' || c == '$' || c == ':' || c == '-' || c == '.';
    }

    /**
     * Where the IRI, string, comment or escaped character starting at {@code i} ends, or {@code i}
     * when none starts there (a {@code <} that starts no IRI is a less-than).
     */
    private static int pastLiteral(String text, int i) {
        char c = text.charAt(i);
        if (c == '#') return lineEnd(text, i);
        if (c == '"' || c == '\'') return stringEnd(text, i);
        if (c == '<') return Math.max(i, iriEnd(text, i));
        if (c == '\\') return Math.min(text.length(), i + 2); // an escaped character of a local name, such as \# or \/
        return i;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /**
     * Where the string starting at {@code from} ends (after its closing quote). A short string ends
     * at the end of its line at the latest, as in Jena's lexer, which does not let it span lines.
     */
    private static int stringEnd(String text, int from) {
        char quote = text.charAt(from);
        boolean longString = text.startsWith(String.valueOf(quote).repeat(3), from);
        int i = from + (longString ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (longString) {
                if (text.startsWith(String.valueOf(quote).repeat(3), i)) return i + 3;
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** Where the IRI {@code <…>} starting at {@code from} ends, or -1 if the {@code <} does not start one (a less-than). */
    private static int iriEnd(String text, int from) {
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') return i + 1;
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) return -1;
        }
        return -1;
    }
}
