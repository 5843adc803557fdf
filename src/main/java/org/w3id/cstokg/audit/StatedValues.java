package org.w3id.cstokg.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values that the facts citing one {@link ArticlePart} state: numbers, dates, clock times and
 * cited sources. Filled by {@link FactIndex}; asked by the audit whether a mention is matched.
 */
public final class StatedValues {

    private final Set<BigDecimal> numbers = new HashSet<>();
    private final Set<LocalDate> dates = new HashSet<>();
    private final Set<LocalTime> clockTimes = new HashSet<>();
    private final Set<CitedSource> sources = new HashSet<>();
    private final Set<String> wordings = new HashSet<>();
    private final Map<Hedge, Set<BigDecimal>> hedged = new EnumMap<>(Hedge.class);
    private final Set<String> zonedTimes = new HashSet<>();

    /** True if some value here matches {@code mention}. */
    public boolean states(Mention mention) {
        return switch (mention) {
            case NumberMention n -> numbers.contains(n.value());
            case DateMention d -> dates.contains(d.date());
            case ClockTimeMention t -> clockTimes.contains(t.time());
            case CitationMention c -> sources.stream().anyMatch(s -> s.matches(c));
            case CharacterizationMention c -> worded(c.text());
            case QuotationMention q -> worded(q.text());
        };
    }

    /** True if a literal in the article's own wording holds {@code text}. */
    private boolean worded(String text) {
        String words = QuotationMention.normalise(text);
        return !words.isEmpty() && wordings.stream().anyMatch(w -> w.contains(words));
    }

    void addNumber(BigDecimal number) {
        numbers.add(number.stripTrailingZeros());
    }

    /** A number on a node whose flags give it {@code hedges}. */
    void addNumber(BigDecimal number, Set<Hedge> hedges) {
        addNumber(number);
        hedges.forEach(h -> hedged.computeIfAbsent(h, k -> new HashSet<>()).add(number.stripTrailingZeros()));
    }

    /** True if a number flagged as {@code hedge} says is {@code mention}'s value. */
    public boolean states(NumberMention mention, Hedge hedge) {
        return hedged.getOrDefault(hedge, Set.of()).contains(mention.value());
    }

    void addDate(LocalDate date) {
        dates.add(date);
    }

    void addClockTime(LocalTime time) {
        clockTimes.add(time.withSecond(0).withNano(0));
    }

    /** A clock time on a node whose {@code time:timeZone} is {@code zone} ("Moscow time"). */
    void addZonedTime(LocalTime time, String zone) {
        zonedTimes.add(time.withSecond(0).withNano(0) + " " + NormalisedText.words(zone).toLowerCase(Locale.ROOT));
    }

    /** True if {@code mention}'s clock time is stated with the zone the text gives it. */
    public boolean states(ClockTimeMention mention, String zone) {
        return zonedTimes.contains(mention.time() + " " + NormalisedText.words(zone).toLowerCase(Locale.ROOT));
    }

    /** A literal in the article's own wording (a quotation, a quoted label). */
    void addWording(String text) {
        wordings.add(QuotationMention.normalise(text));
    }

    void addSource(CitedSource source) {
        sources.add(source);
    }

    void addAll(StatedValues other) {
        numbers.addAll(other.numbers);
        dates.addAll(other.dates);
        clockTimes.addAll(other.clockTimes);
        sources.addAll(other.sources);
        wordings.addAll(other.wordings);
        zonedTimes.addAll(other.zonedTimes);
        other.hedged.forEach((h, n) -> hedged.computeIfAbsent(h, k -> new HashSet<>()).addAll(n));
    }
}
