package org.w3id.cstokg.facts;

/**
 * A file name as messages show it: control characters escaped ({@code \n}, {@code \t},
 * {@code \u0000}), so that a name with a newline cannot start a line that looks like another
 * file's error.
 */
final class PrintableName {
    private PrintableName() {}

    static String of(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : (c < 0x20 || c == 0x7f) ? String.format("\\u%04x", (int) c) : null;
            if (escape != null && out == null) out = new StringBuilder(name.substring(0, i));
            if (out != null) out.append(escape != null ? escape : String.valueOf(c));
        }
        return out == null ? name : out.toString();
    }
}
