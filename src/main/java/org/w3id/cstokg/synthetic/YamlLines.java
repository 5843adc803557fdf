package org.w3id.cstokg.synthetic;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the flow-style YAML lines of a fact file; values are quoted only when they must be. */
final class YamlLines {
    private final StringBuilder text = new StringBuilder();

    YamlLines line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A list item in flow style: {@code - {k: v, ...}} from alternating keys and rendered values. */
    YamlLines item(String... keysAndValues) {
        StringBuilder b = new StringBuilder("  - {");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) continue;
            if (b.charAt(b.length() - 1) != '{') b.append(", ");
            b.append(keysAndValues[i]).append(": ").append(keysAndValues[i + 1]);
        }
        return line(b.append('}').toString());
    }

    @Override
    public String toString() { return text.toString(); }

    /** A double-quoted YAML string. */
    static String str(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A flow list of identifiers or numbers. */
    static String list(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
