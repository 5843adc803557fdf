package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Condenses SnakeYAML's multi-line syntax messages (context, source snippets, carets) to one line,
 * and finds the position of the problem itself, which is the last position the message names.
 */
final class YamlSyntaxMessage {
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private YamlSyntaxMessage() {}

    static String of(String raw) {
        if (raw == null) return "malformed YAML";
        List<String> lines = raw.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean snippet = i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("^");
            if (!line.isEmpty() && !snippet && !line.startsWith("^") && !line.startsWith("in '")) kept.add(line);
        }
        return kept.isEmpty() ? "malformed YAML" : String.join("; ", kept);
    }

    /** The problem's place, if the message names one. */
    static Optional<Location> position(String raw, String file) {
        if (raw == null) return Optional.empty();
        Matcher m = POSITION.matcher(raw);
        Location found = null;
        while (m.find()) found = new Location(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.ofNullable(found);
    }
}
