package org.w3id.cstokg.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in English words, whole words only and in any case: "four", "Twenty-five",
 * "two hundred". Ordinals ("first", "third") state a rank, not a count, and are not numbers here.
 */
final class NumberWords {

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000));

    private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String SMALL = UNIT + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|" + TENS;

    /** Group 1/2: "two hundred"; 3/4: "twenty-five"; 5: a single word. */
    static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(" + SMALL + ")\\s+(hundred|thousand)|(" + TENS + ")-(" + UNIT + ")|("
                    + SMALL + "|hundred|thousand))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private NumberWords() {}

    /** The value of one match of {@link #PATTERN}. */
    static long value(Matcher match) {
        if (match.group(1) != null) {
            return (long) word(match.group(1)) * word(match.group(2));
        }
        if (match.group(3) != null) {
            return word(match.group(3)) + word(match.group(4));
        }
        return word(match.group(5));
    }

    private static int word(String word) {
        return VALUES.get(word.toLowerCase(Locale.ROOT));
    }
}
