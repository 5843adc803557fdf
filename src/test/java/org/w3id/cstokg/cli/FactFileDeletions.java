package org.w3id.cstokg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cstokg.facts.FactFormat;

/**
 * The single facts one could delete from a fact file's text, each as the file without it: an
 * item of a section of declared facts (every top-level section but {@code document}, {@code links}
 * and {@code audit}: entities, concepts, … statements, and any section the ontology adds),
 * a field of an item, an item of a field's list, a flag or party of a count. Left out: what
 * identifies a fact or is its evidence ({@code id}, {@code type}, {@code kind}, {@code name},
 * {@code cite}, a count's bounds), the codes of outside codebooks ({@code cameo}, {@code acled}) and
 * the spellings of names from elsewhere ({@code variants}), which the article does not state (the
 * audit requires every alias to be written in the article, so a variant is by definition no fact of it). Whether the file without it still validates is the caller's
 * to check. Works on the layout the project's fact files use: items at two spaces, fields at four.
 */
final class FactFileDeletions {

    /** The file's structure; every other top-level section holds declared facts. */
    private static final Set<String> STRUCTURE = Set.of(FactFormat.DOCUMENT, FactFormat.LINKS, FactFormat.AUDIT);
    private static final Set<String> KEPT = Set.of("id", "type", "kind", "name", "cite", "cameo", "acled", "variants",
            "value", "min", "max", "para", "words", "outlets");
    private static final Pattern KEY = Pattern.compile("^( *)(?:- )?([A-Za-z]+):(.*)$");

    /** One deletion: what it deletes (file line and words), and the file's text without it. */
    record Deletion(String name, String text) {}

    private final List<String> lines;
    private final List<Deletion> deletions = new ArrayList<>();

    private FactFileDeletions(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    static List<Deletion> of(String text) {
        FactFileDeletions d = new FactFileDeletions(text);
        d.scan();
        return List.copyOf(d.deletions);
    }

    private void scan() {
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher top = Pattern.compile("^([a-z]+):").matcher(line);
            if (top.find()) section = top.group(1);
            if (section.isEmpty() || STRUCTURE.contains(section)) continue;
            if (line.startsWith("  - ")) item(i);
            else if (line.startsWith("    ") && !line.startsWith("     ")) field(i, 4);
            else if (line.startsWith("      ") && !line.startsWith("       ")) field(i, 6);
        }
    }

    private void item(int i) {
        int end = blockEnd(i, 2);
        deletions.add(new Deletion("line " + (i + 1) + ": the item " + lines.get(i).strip(), without(i, end, null)));
        String line = lines.get(i);
        int open = line.indexOf('{');
        if (line.startsWith("  - {") && line.strip().endsWith("}")) flowMap(i, open);
        else field(i, 4);
    }

    /** A key at {@code indent} (or the item line's own first key): the field, and each item of its flow list. */
    private void field(int i, int indent) {
        Matcher key = KEY.matcher(lines.get(i));
        if (!key.matches() || KEPT.contains(key.group(2)) || lines.get(i).strip().startsWith("#")) return;
        if (lines.get(i).startsWith("  - ")) return; // the item line's first key is its id
        int end = blockEnd(i, indent);
        deletions.add(new Deletion("line " + (i + 1) + ": the field " + lines.get(i).strip(), without(i, end, null)));
        String value = key.group(3).strip();
        if (value.startsWith("[") && value.contains("]")) listItems(i, lines.get(i).indexOf('['));
        else if (value.startsWith("{") && value.endsWith("}")) flowMap(i, lines.get(i).indexOf('{'));
    }

    private void flowMap(int i, int open) {
        String line = lines.get(i);
        int close = matching(line, open);
        for (int[] part : parts(line, open + 1, close)) {
            String entry = line.substring(part[0], part[1]).strip();
            String k = entry.contains(":") ? entry.substring(0, entry.indexOf(':')).strip() : entry;
            if (KEPT.contains(k)) continue;
            deletions.add(new Deletion("line " + (i + 1) + ": the key " + entry, without(i, i + 1, cut(line, part))));
            String v = entry.substring(entry.indexOf(':') + 1).strip();
            if (v.startsWith("[")) listItems(i, line.indexOf('[', part[0]));
        }
    }

    private void listItems(int i, int open) {
        String line = lines.get(i);
        int close = matching(line, open);
        List<int[]> items = parts(line, open + 1, close);
        if (items.size() < 2) return; // a list of one: deleting its item is deleting the field
        for (int[] part : items) {
            deletions.add(new Deletion("line " + (i + 1) + ": the list item " + line.substring(part[0], part[1]).strip()
                    + " of " + line.strip(), without(i, i + 1, cut(line, part))));
        }
    }

    /** The comma-separated parts of {@code line} between {@code from} and {@code to}, outside brackets and quotes. */
    private static List<int[]> parts(String line, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = from;
        for (int j = from; j < to; j++) {
            char c = line.charAt(j);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '[' || c == '{')) depth++;
            else if (!quoted && (c == ']' || c == '}')) depth--;
            else if (!quoted && depth == 0 && c == ',') {
                parts.add(new int[] {start, j});
                start = j + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    private static String cut(String line, int[] part) {
        int from = part[0];
        int to = part[1];
        if (to < line.length() && line.charAt(to) == ',') to++;
        else if (line.charAt(from - 1) == ',') from--;
        return line.substring(0, from) + line.substring(to);
    }

    private static int matching(String line, int open) {
        int depth = 0;
        for (int j = open; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '[' || c == '{') depth++;
            if (c == ']' || c == '}') depth--;
            if (depth == 0) return j;
        }
        return line.length() - 1;
    }

    /** The first line after {@code i} that is at {@code indent} or less (a sibling, or the end of the block). */
    private int blockEnd(int i, int indent) {
        int j = i + 1;
        while (j < lines.size()) {
            String l = lines.get(j);
            if (!l.isBlank() && indentOf(l) <= indent) break;
            j++;
        }
        return j;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }

    private String without(int from, int to, String replacement) {
        List<String> out = new ArrayList<>(lines.subList(0, from));
        if (replacement != null) out.add(replacement);
        out.addAll(lines.subList(to, lines.size()));
        return String.join("\n", out);
    }
}
