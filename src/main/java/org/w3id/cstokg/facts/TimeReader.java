package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Reads the time keys of an event or statement and checks how they combine. */
final class TimeReader {
    /** The keys of {@code after}. */
    static final List<String> AFTER_KEYS = List.of("event", "delay", "within");
    /** Keys of which an event has exactly one (or none, if it has {@code after}). */
    private static final List<String> EXCLUSIVE = List.of("date", "time", "start", "by", "undated");

    private TimeReader() {}

    /** The time of a statement: {@code date}, or {@code time} with its {@code timeZone}, or none. */
    static Time statementTime(Fields f) {
        if (f.has("date") && f.has("time")) {
            f.reading.error(f.at("time"), f.what() + " has both 'date' and 'time' (give one)");
        }
        needs(f, "timeZone", "time");
        return new Time(Values.date(f, "date"), Values.instant(f, "time"), f.text("timeZone"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The time of an event, which needs one. */
    static Time eventTime(Fields f) {
        Time t = new Time(Values.date(f, "date"), Values.instant(f, "time"), f.text("timeZone"),
                Values.date(f, "start"), Values.date(f, "end"), Values.date(f, "by"),
                f.text("undated"), f.text("partOfDay"), f.node("after").flatMap(n -> after(n, f.reading)));
        checkCombination(f);
        if (t.start().isPresent() && t.end().isPresent() && t.end().get().isBefore(t.start().get())) {
            f.reading.error(f.at("end"), "end '" + t.end().get() + "' is before start '" + t.start().get() + "'");
        }
        return t;
    }

    private static void checkCombination(Fields f) {
        List<String> given = EXCLUSIVE.stream().filter(f::has).toList();
        if (given.size() > 1) {
            f.reading.error(f.at(given.get(1)), f.what() + " has both '" + given.get(0) + "' and '" + given.get(1)
                    + "' (give one of " + String.join(", ", EXCLUSIVE) + ")");
        }
        if (given.isEmpty() && !f.has("after")) {
            f.reading.error(f.at(), f.what() + " needs a time: one of date, time, start, by, after, undated");
        }
        needs(f, "end", "start");
        needs(f, "timeZone", "time");
    }

    private static void needs(Fields f, String key, String other) {
        if (f.has(key) && !f.has(other)) f.reading.error(f.at(key), "'" + key + "' needs '" + other + "'");
    }

    private static Optional<After> after(YamlNode node, Reading reading) {
        return Fields.of(node, "after", AFTER_KEYS, reading).flatMap(f -> {
            if (!f.has("event")) reading.error(f.at(), "missing key 'event' in after");
            var delay = Values.duration(f, "delay");
            var within = Values.duration(f, "within");
            return f.ref("event", reading.format.event()).map(e -> new After(e, delay, within));
        });
    }
}
