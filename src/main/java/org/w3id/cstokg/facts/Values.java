package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.cstokg.facts.YamlNode.Scalar;
import org.w3id.cstokg.facts.YamlNode.ScalarKind;

/** Typed values read from scalars: dates, times, counts, flags and durations, each checked. */
final class Values {
    private static final Pattern DURATION =
            Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private Values() {}

    static Optional<LocalDate> date(Fields f, String key) {
        return f.scalar(key).flatMap(s -> date(s, f.reading));
    }

    static Optional<LocalDate> date(Scalar s, Reading reading) {
        try {
            return Optional.of(LocalDate.parse(s.text()));
        } catch (DateTimeParseException e) {
            reading.error(s.at(), "invalid date '" + s.text() + "' (expected YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    /** A date and time with an explicit offset ({@code Z} or {@code ±hh:mm}). */
    static Optional<OffsetDateTime> instant(Fields f, String key) {
        return f.scalar(key).flatMap(s -> {
            try {
                return Optional.of(OffsetDateTime.parse(s.text()));
            } catch (DateTimeParseException e) {
                f.reading.error(s.at(), hasNoOffset(s.text())
                        ? "time '" + s.text() + "' has no offset (add Z or ±hh:mm)"
                        : "invalid time '" + s.text() + "' (expected YYYY-MM-DDThh:mm:ss±hh:mm)");
                return Optional.empty();
            }
        });
    }

    private static boolean hasNoOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An absolute http or https IRI, as RFC 3987 allows it. */
    static Optional<String> iri(Fields f, String key) {
        return f.scalar(key).flatMap(s -> {
            String text = s.text();
            try {
                org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(text);
                if (iri.isAbsolute() && (text.startsWith("http://") || text.startsWith("https://"))) return Optional.of(text);
            } catch (org.apache.jena.irix.IRIException e) {
                // reported below
            }
            f.reading.error(s.at(), "invalid web address '" + text + "' (expected an absolute http or https IRI)");
            return Optional.empty();
        });
    }

    static Optional<Long> count(Fields f, String key) {
        return f.scalar(key).flatMap(s -> count(s, f.reading));
    }

    /** A whole number of at least zero. */
    static Optional<Long> count(Scalar s, Reading reading) {
        if (s.kind() == ScalarKind.BOOLEAN || !INTEGER.matcher(s.text()).matches()) {
            reading.error(s.at(), "count '" + s.text() + "' is not an integer");
            return Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(s.text());
        } catch (NumberFormatException e) {
            reading.error(s.at(), "count '" + s.text() + "' is too large");
            return Optional.empty();
        }
        if (n >= 0) return Optional.of(n);
        reading.error(s.at(), "count '" + s.text() + "' is negative");
        return Optional.empty();
    }

    static Optional<Boolean> flag(Fields f, String key) {
        return f.scalar(key).flatMap(s -> {
            if (s.kind() == ScalarKind.BOOLEAN) return Optional.of(Boolean.parseBoolean(s.text()));
            f.reading.error(s.at(), "expected true or false for '" + key + "', found '" + s.text() + "'");
            return Optional.empty();
        });
    }

    /** An ISO 8601 / xsd:duration such as {@code P2D} or {@code PT4H}. */
    static Optional<String> duration(Fields f, String key) {
        return f.scalar(key).flatMap(s -> {
            if (DURATION.matcher(s.text()).matches()) return Optional.of(s.text());
            f.reading.error(s.at(), "invalid duration '" + s.text() + "' (expected ISO 8601, such as P2D or PT4H)");
            return Optional.empty();
        });
    }

    /**
     * A code of a codebook: text matching its pattern. A bare YAML number with a leading zero is
     * refused, since YAML reads {@code 0232} as a number and the zero would be lost.
     */
    static Optional<String> code(Scalar s, String key, FactKey.Code code, Reading reading) {
        if (s.kind() != ScalarKind.STRING && s.text().matches("0\\d+")) {
            reading.error(s.at(), "quote the code '" + s.text() + "' (\"" + s.text() + "\"), or YAML reads it as a number");
            return Optional.empty();
        }
        if (s.text().matches(code.pattern())) return Optional.of(s.text());
        reading.error(s.at(), "invalid " + key + " '" + s.text() + "' (expected a code such as " + code.example() + ")");
        return Optional.empty();
    }

    /** The value of an attribution that means the document's author rather than an identifier. */
    static final String AUTHOR = "author";

    /** Who made a statement: the document's author ({@code author}), or the fact an identifier names. */
    static Optional<Stated> attribution(Fields f, FactKey key) {
        return f.scalar(key.key()).map(s -> AUTHOR.equals(s.text()) ? new Stated.Author(key)
                : new Stated.Refs(key, java.util.stream.Stream.ofNullable(f.reading.reference(s.text(), s.at(), key.target()))
                        .toList()));
    }
}
