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
     * Texts counting fewer than this are not parsed to check their depth. The shallowest overflow
     * measured with Jena 6.2 on a thread with the JVM's default 1 MB stack is 894 nested groups
     * ({@code { { { … } } }}, 1,788 counted); {@code TestNestingBound} checks that no construct it
     * builds overflows just under this bound.
     */
    static final int SAFE = 400;

    private NestingBound() {}

    /** True if {@code text} (a query or an update, or null) counts fewer than {@link #SAFE}. */
    static boolean shallow(String text) {
        return text == null || count(text, SAFE) < SAFE;
    }

    /** The brackets and operators of {@code text} outside IRIs, strings and comments, counted up to {@code limit}. */
    static int count(String text, int limit) {
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length && n < limit) {
            char c = text.charAt(i);
            if (c == '#') {
                i = lineEnd(text, i);
            } else if (c == '"' || c == '\'') {
                i = stringEnd(text, i);
            } else if (c == '<') {
                int end = iriEnd(text, i);
                if (end < 0) {
                    i++;
                } else {
                    i = end;
                }
            } else if (c == '\\') {
                i += 2; // an escaped character of a local name, such as \# or \/, is part of the name
            } else {
                if (NESTING.indexOf(c) >= 0) n++;
                i++;
            }
        }
        return n;
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
