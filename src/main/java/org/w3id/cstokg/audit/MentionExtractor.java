package org.w3id.cstokg.audit;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Mention}s of one paragraph: outlet citations, dates, clock times, ranges,
 * numbers in digits and in words, in that order of precedence, and every quotation (which may
 * hold numbers of its own); text already taken by one kind
 * (the "6" of "January 6", the date of a citation) is not counted again as another.
 * Usage: {@code new MentionExtractor(2022).extract("Within four hours …")}.
 */
public final class MentionExtractor {

    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "(?<![\\p{L}\\p{N}:.])(\\d{1,2})(?::(\\d{2}))?(?!\\d)(?:\\s*(AM|PM|am|pm|a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.)(?![\\p{L}\\p{N}]))?");
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(" + NUMBER + ")\\s*[–-]\\s*(" + NUMBER + ")(?![\\p{L}\\p{N}])");
    /** Words in straight or typographic double quotation marks. */
    /** "described as X": X runs to the next comma, full stop, semicolon, bracket, quotation mark or "and". */
    private static final Pattern DESCRIBED = Pattern.compile(
            "\\b(?:described|identified|labell?ed|characterized|characterised) as (?![\u201c\"])([^,.;:()\u201c\u201d\"]+?)(?=\\s+and\\b|[,.;:()]|$)");
    private static final Pattern QUOTATION = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]+)[\u201d\"]");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}.])" + NUMBER + "(?![\\p{L}\\p{N}])");

    private final int year;

    /** {@code year}: the year of dates written without one (the article's year). */
    public MentionExtractor(int year) {
        this.year = year;
    }

    /** The mentions of {@code paragraph}, in the order they are written. */
    public List<Mention> extract(String paragraph) {
        Scan scan = new Scan(paragraph);
        scan.each(PARENTHETICAL, (m, out) -> ParentheticalCitation.parse(m.group(1), m.start(), year)
                .ifPresent(out::addAll));
        scan.each(DatePhrase.PATTERN, (m, out) -> DatePhrase.dates(m, year)
                .forEach(d -> out.add(new DateMention(m.group(), m.start(), d))));
        scan.each(CLOCK_TIME, this::clockTime);
        scan.each(RANGE, (m, out) -> {
            out.add(new NumberMention(m.group(), m.start(), number(m.group(1))));
            out.add(new NumberMention(m.group(), m.start(), number(m.group(2))));
        });
        scan.each(DIGITS, (m, out) -> out.add(new NumberMention(m.group(), m.start(), number(m.group()))));
        scan.each(NumberWords.PATTERN, (m, out) -> out.add(new NumberMention(m.group(), m.start(), NumberWords.value(m))));
        List<Mention> mentions = new ArrayList<>(scan.mentions());
        Matcher quoted = QUOTATION.matcher(paragraph);
        while (quoted.find()) mentions.add(new QuotationMention(quoted.group(1), quoted.start(1)));
        Matcher described = DESCRIBED.matcher(paragraph);
        while (described.find()) mentions.add(new CharacterizationMention(described.group(1), described.start(1)));
        mentions.sort(Comparator.comparingInt(Mention::offset));
        return List.copyOf(mentions);
    }

    private void clockTime(Matcher m, List<Mention> out) {
        String half = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (m.group(2) == null && half == null) {
            return;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return;
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour < 24 && minute < 60) {
            out.add(new ClockTimeMention(m.group(), m.start(), LocalTime.of(hour, minute)));
        }
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    /** The paragraph with the spans already taken by a mention. */
    private static final class Scan {
        private final String text;
        private final boolean[] taken;
        private final List<Mention> mentions = new ArrayList<>();

        Scan(String text) {
            this.text = text;
            this.taken = new boolean[text.length()];
        }

        /** Offers each untaken match to {@code read}; a match that yields mentions takes its span. */
        void each(Pattern pattern, BiConsumer<Matcher, List<Mention>> read) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || isTaken(m.start(), m.end())) {
                    continue;
                }
                List<Mention> found = new ArrayList<>();
                read.accept(m, found);
                if (!found.isEmpty()) {
                    mentions.addAll(found);
                    Arrays.fill(taken, m.start(), m.end(), true);
                }
            }
        }

        private boolean isTaken(int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return true;
                }
            }
            return false;
        }

        List<Mention> mentions() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::offset));
            return List.copyOf(sorted);
        }
    }
}
