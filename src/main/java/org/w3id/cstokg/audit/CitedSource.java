package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one {@code kg:Citation} node says: the outlet (by all its labels), and the date the
 * article gives (the outlet's date, or the day the article accessed it).
 */
public record CitedSource(Set<String> outletLabels, Optional<LocalDate> date, boolean accessed) {

    public CitedSource {
        outletLabels = outletLabels.stream().map(CitedSource::normalized).collect(Collectors.toUnmodifiableSet());
    }

    /** True if this names the outlet of {@code mention} and, when the mention has a date, that date. */
    public boolean matches(CitationMention mention) {
        return outletLabels.contains(normalized(mention.outlet()))
                && (mention.date().isEmpty() || (mention.date().equals(date) && mention.accessed() == accessed));
    }

    private static String normalized(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
