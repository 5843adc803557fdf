package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A naming template of a kind of fact, such as {@code {member}-member-of-{organization}} or
 * {@code Quotation[ by {by}][ about {about}] ({id})}: keys in braces stand for their values, and a
 * part in brackets is left out when a key in it has no value. Like R2RML's {@code rr:template}.
 */
public final class Template {
    private static final Pattern PART = Pattern.compile("\\[([^\\[\\]]*)]|\\{([A-Za-z][A-Za-z0-9]*)}|([^\\[\\]{}]+)");
    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Template() {}

    /** Whether {@code template} is well formed: text, {@code {key}}s and {@code [parts]} that do not nest. */
    public static boolean isValid(String template) {
        Matcher m = PART.matcher(template);
        int end = 0;
        while (m.find() && m.start() == end) end = m.end();
        return end == template.length();
    }

    /** The keys the template names outside brackets (a fact must have them for the template to fill). */
    public static List<String> requiredKeys(String template) { return keys(template, false); }

    /** Every key the template names. */
    public static List<String> allKeys(String template) { return keys(template, true); }

    private static List<String> keys(String template, boolean all) {
        List<String> out = new ArrayList<>();
        Matcher m = PART.matcher(template);
        while (m.find()) {
            if (m.group(2) != null) out.add(m.group(2));
            else if (m.group(1) != null && all) {
                Matcher k = KEY.matcher(m.group(1));
                while (k.find()) out.add(k.group(1));
            }
        }
        return out;
    }

    /** The template filled with the values {@code value} gives; empty if a key outside brackets has none. */
    public static Optional<String> fill(String template, Function<String, Optional<String>> value) {
        StringBuilder out = new StringBuilder();
        Matcher m = PART.matcher(template);
        while (m.find()) {
            if (m.group(3) != null) out.append(m.group(3));
            else if (m.group(2) != null) {
                Optional<String> v = value.apply(m.group(2));
                if (v.isEmpty()) return Optional.empty();
                out.append(v.get());
            } else {
                fillOptional(m.group(1), value).ifPresent(out::append);
            }
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> fillOptional(String part, Function<String, Optional<String>> value) {
        StringBuilder out = new StringBuilder();
        Matcher k = KEY.matcher(part);
        int at = 0;
        while (k.find()) {
            Optional<String> v = value.apply(k.group(1));
            if (v.isEmpty()) return Optional.empty();
            out.append(part, at, k.start()).append(v.get());
            at = k.end();
        }
        return Optional.of(out.append(part.substring(at)).toString());
    }
}
