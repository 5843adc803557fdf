package org.w3id.cstokg.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the article writes it: "January 5", "January 5, 2022", "January 5–6" (both days),
 * "January 5, 6, 2022" (both days). Without a year the date is in the year the caller gives.
 */
final class DatePhrase {

    static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+(\\d{1,2})(?!\\d)"
                    + "((?:\\s*[–-]\\s*\\d{1,2}(?!\\d))|(?:,\\s*\\d{1,2}(?!\\d))+)?"
                    + "(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    private DatePhrase() {}

    /** The dates of one match of {@link #PATTERN}; empty if a day does not exist ("February 30"). */
    static List<LocalDate> dates(Matcher match, int defaultYear) {
        Month month = Month.valueOf(match.group(1).toUpperCase(Locale.ROOT));
        int year = match.group(4) == null ? defaultYear : Integer.parseInt(match.group(4));
        List<Integer> days = new ArrayList<>(List.of(Integer.parseInt(match.group(2))));
        if (match.group(3) != null) {
            Matcher day = DAY.matcher(match.group(3));
            while (day.find()) {
                days.add(Integer.parseInt(day.group()));
            }
        }
        try {
            return days.stream().map(d -> LocalDate.of(year, month, d)).toList();
        } catch (DateTimeException e) {
            return List.of();
        }
    }
}
