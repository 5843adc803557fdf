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
 * a field of an item, an item of a field's list (a flow list {@code [a, b]}, on one line or
 * several, or a block list, one {@code - a} or {@code - {value: a, cite: c}} a line; a long form's
 * {@code value} list too; a list of one is its field), a key of a list item that is a flow map, a
 * flag or party of a count. Left out: what
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
    /** A long form's value: no fact apart from its field, but each item of its list is one. */
    private static final String VALUE = "value";
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
            else if (line.strip().startsWith("- ")) continue; // an item of a field's block list: its field deletes it
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

    /**
     * A key at {@code indent} (or the item line's own first key): the field, each item of its list
     * (a flow list, on one line or several, or a block list, one item a line), and each key of its
     * flow map. A long form's {@code value} is no deletion of its own (the field is), but each item
     * of its list is.
     */
    private void field(int i, int indent) {
        Matcher key = KEY.matcher(lines.get(i));
        if (!key.matches() || lines.get(i).strip().startsWith("#")) return;
        if (lines.get(i).startsWith("  - ")) return; // the item line's first key is its id
        boolean value = key.group(2).equals(VALUE);
        if (KEPT.contains(key.group(2)) && !value) return;
        int end = blockEnd(i, indent);
        if (!value) deletions.add(new Deletion("line " + (i + 1) + ": the field " + lines.get(i).strip(), without(i, end, null)));
        String rest = uncommented(key.group(3)).strip();
        if (rest.startsWith("[")) listItems(i, lines.get(i).indexOf('['));
        else if (rest.startsWith("{") && rest.endsWith("}") && !value) flowMap(i, lines.get(i).indexOf('{'));
        else if (rest.isEmpty()) blockItems(i, indent, end);
    }

    /**
     * The items of a field's block list ({@code - x} or {@code - {value: x, cite: c}}, one a line,
     * at {@code indent} + 2), each deleted alone (with its lines, if it goes on), and the keys of an
     * item that is a flow map. A list of one is left to the field.
     */
    private void blockItems(int i, int indent, int end) {
        List<int[]> items = new ArrayList<>();
        for (int j = i + 1; j < end; j++) {
            String l = lines.get(j);
            if (indentOf(l) == indent + 2 && l.strip().startsWith("- ")) items.add(new int[] {j, blockEnd(j, indent + 2)});
        }
        if (items.size() < 2) return;
        String field = lines.get(i).strip();
        for (int[] item : items) {
            String line = lines.get(item[0]);
            deletions.add(new Deletion("line " + (item[0] + 1) + ": the list item " + uncommented(line).strip().substring(2)
                    + " of " + field, without(item[0], item[1], null)));
            String entry = uncommented(line).strip().substring(2).strip();
            if (entry.startsWith("{") && entry.endsWith("}")) flowMap(item[0], line.indexOf('{'));
        }
    }

    private void flowMap(int i, int open) {
        String line = lines.get(i);
        int close = matching(line, open);
        for (int[] part : parts(line, open + 1, close)) {
            String entry = line.substring(part[0], part[1]).strip();
            String k = entry.contains(":") ? entry.substring(0, entry.indexOf(':')).strip() : entry;
            String v = entry.substring(entry.indexOf(':') + 1).strip();
            if (k.equals(VALUE) && v.startsWith("[")) listItems(i, line.indexOf('[', part[0]));
            if (KEPT.contains(k)) continue;
            deletions.add(new Deletion("line " + (i + 1) + ": the key " + entry, without(i, i + 1, cut(line, part))));
            if (v.startsWith("[")) listItems(i, line.indexOf('[', part[0]));
        }
    }

    /** Each item of the flow list that opens at {@code open} of line {@code i} and may go on over the next lines. */
    private void listItems(int i, int open) {
        List<int[]> items = new ArrayList<>(); // line, from, to
        int j = i;
        int from = open + 1;
        while (j < lines.size()) {
            String line = lines.get(j);
            int close = listEnd(line, from);
            for (int[] part : parts(line, from, close < 0 ? line.length() : close)) {
                if (!line.substring(part[0], part[1]).isBlank()) items.add(new int[] {j, part[0], part[1]});
            }
            if (close >= 0) break;
            j++;
            if (j < lines.size()) from = indentOf(lines.get(j));
        }
        if (items.size() < 2) return; // a list of one: deleting its item is deleting the field
        String of = lines.get(i).strip() + (j > i ? " …" : "");
        String text = String.join("\n", lines);
        int[] starts = new int[lines.size()];
        for (int k = 1; k < lines.size(); k++) starts[k] = starts[k - 1] + lines.get(k - 1).length() + 1;
        for (int[] item : items) {
            int cutFrom = starts[item[0]] + item[1];
            int cutTo = starts[item[0]] + item[2];
            if (cutTo < text.length() && text.charAt(cutTo) == ',') cutTo++; // the item and its comma
            else { // the last item: the comma before it, on its line or the one before
                int c = cutFrom - 1;
                while (c > 0 && Character.isWhitespace(text.charAt(c))) c--;
                if (text.charAt(c) == ',') cutFrom = c;
            }
            deletions.add(new Deletion("line " + (item[0] + 1) + ": the list item "
                    + lines.get(item[0]).substring(item[1], item[2]).strip() + " of " + of,
                    text.substring(0, cutFrom) + text.substring(cutTo)));
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

    /** Where the flow list this line goes on at {@code from} (inside it) closes, or -1 if it goes on past the line. */
    private static int listEnd(String line, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int j = from; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '[' || c == '{')) depth++;
            else if (!quoted && (c == ']' || c == '}') && --depth == 0) return j;
        }
        return -1;
    }

    /** The text before a comment ({@code  # …} outside quotes). */
    private static String uncommented(String text) {
        boolean quoted = false;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '#' && (j == 0 || text.charAt(j - 1) == ' ')) return text.substring(0, j);
        }
        return text;
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
