package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** When an event happened or a statement was made, with the article's qualifications. */
public record Time(Optional<LocalDate> date, Optional<OffsetDateTime> instant, Optional<String> timeZone,
        Optional<LocalDate> start, Optional<LocalDate> end, Optional<LocalDate> notLaterThan,
        Optional<String> undated, Optional<String> partOfDay, Optional<After> after) {

    /** The YAML keys of a time, in the order the format lists them. */
    public static final List<String> KEYS =
            List.of("date", "time", "timeZone", "start", "end", "by", "undated", "partOfDay", "after");
    /** The YAML keys of a statement's time. */
    public static final List<String> STATEMENT_KEYS = List.of("date", "time", "timeZone");
}
