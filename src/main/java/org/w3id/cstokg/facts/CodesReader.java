package org.w3id.cstokg.facts;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code cameo} and {@code acled} and checks their form; whether a code exists is checked on the graph (SHACL). */
final class CodesReader {
    private static final Pattern CAMEO_EVENT = Pattern.compile("[0-9]{3,4}");
    private static final Pattern CAMEO_ACTOR = Pattern.compile("([A-Z]{3})+");
    private static final Pattern ACLED_SUB_EVENT = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern ACLED_INTER = Pattern.compile("[1-8]");

    private CodesReader() {}

    static Codes event(Fields f) {
        // Unquoted, YAML reads 0232 as a number and a leading zero would be lost: the code must be a string.
        f.scalar("cameo").filter(s -> s.kind() != YamlNode.ScalarKind.STRING).ifPresent(s ->
                f.reading.error(s.at(), "quote the CAMEO code '" + s.text() + "' (\"" + s.text() + "\"), or YAML reads it as a number"));
        return new Codes(checked(f, "cameo", CAMEO_EVENT, "a CAMEO event code of three or four digits, such as \"0232\""),
                checked(f, "acled", ACLED_SUB_EVENT, "an ACLED sub-event type as a slug, such as violent-demonstration"));
    }

    static Codes actor(Fields f) {
        return new Codes(checked(f, "cameo", CAMEO_ACTOR, "a CAMEO actor code of three-letter codes, such as RUSGOV"),
                checked(f, "acled", ACLED_INTER, "an ACLED actor type, 1 to 8"));
    }

    private static Optional<String> checked(Fields f, String key, Pattern form, String expected) {
        return f.scalar(key).flatMap(s -> {
            if (form.matcher(s.text()).matches()) return Optional.of(s.text());
            f.reading.error(s.at(), "invalid " + key + " '" + s.text() + "' (expected " + expected + ")");
            return Optional.empty();
        });
    }
}
