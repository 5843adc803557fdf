package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Condenses SnakeYAML's multi-line syntax messages to one line; the position is reported separately. */
final class YamlSyntaxMessage {
    private YamlSyntaxMessage() {}

    static String of(String raw) {
        if (raw == null) return "malformed YAML";
        String text = Arrays.stream(raw.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("in 'reader'") && !line.startsWith("^"))
                .filter(line -> !line.startsWith("in '") && !line.startsWith("at line"))
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? "malformed YAML" : text;
    }
}
