package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inside of a parenthetical as an outlet citation: "RIA Novosti, January 6; TASS;
 * January 19" (a date-only group dates the undated outlets before it), "TASS, RIA Novosti,
 * January 6, 2022", "Gov.kz, January 5, 6, 2022", "Odkb-csto.org, accessed January 19, 2022",
 * "Source: Reuters". Anything else ("see above", "on January 7") is not a citation.
 */
final class ParentheticalCitation {

    private static final String SOURCE = "Source:";
    private static final Pattern ACCESSED = Pattern.compile("(?<![\\p{L}])accessed(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** Outlet names are proper names: "TASS", "Gov.kz", "Odkb-csto.org", "RIA Novosti". */
    private static final Pattern OUTLET = Pattern.compile("[\\p{Lu}\\p{N}].*");

    private final String text;
    private final int offset;
    private final int year;
    private final List<CitationMention> found = new ArrayList<>();
    private final List<String> undated = new ArrayList<>();
    private final boolean source;

    private ParentheticalCitation(String text, int offset, int year, boolean source) {
        this.text = text;
        this.offset = offset;
        this.year = year;
        this.source = source;
    }

    /**
     * The citations in {@code inside} (the text between the parentheses, which start at
     * {@code offset}), or empty when it is no citation: a citation names a source or a date.
     */
    static Optional<List<CitationMention>> parse(String inside, int offset, int year) {
        String body = inside.strip();
        boolean source = body.startsWith(SOURCE);
        if (!source && !DatePhrase.PATTERN.matcher(body).find()) {
            return Optional.empty();
        }
        ParentheticalCitation citation = new ParentheticalCitation(inside, offset, year, source);
        String outlets = source ? body.substring(SOURCE.length()) : body;
        for (String group : outlets.split(";")) {
            if (!citation.group(group)) {
                return Optional.empty();
            }
        }
        citation.undated.forEach(o -> citation.add(o, Optional.empty(), false));
        return citation.found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(citation.found));
    }

    /** One {@code ;}-separated group; false if it cannot be part of a citation. */
    private boolean group(String group) {
        Matcher date = DatePhrase.PATTERN.matcher(group);
        List<LocalDate> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (date.find()) {
            dates.addAll(DatePhrase.dates(date, year));
            rest.append(group, end, date.start());
            end = date.end();
        }
        rest.append(group.substring(end));
        Matcher accessedWord = ACCESSED.matcher(rest);
        boolean accessed = accessedWord.find();
        List<String> outlets = outlets(accessedWord.replaceAll(""));
        if (outlets.stream().anyMatch(o -> !OUTLET.matcher(o).matches())) {
            return false;
        }
        if (dates.isEmpty()) {
            undated.addAll(outlets);
            return true;
        }
        List<String> dated = outlets.isEmpty() ? List.copyOf(undated) : outlets;
        if (dated.isEmpty()) {
            return false;
        }
        if (!outlets.isEmpty()) {
            undated.forEach(o -> add(o, Optional.empty(), false));
        }
        undated.clear();
        dated.forEach(o -> dates.forEach(d -> add(o, Optional.of(d), accessed)));
        return true;
    }

    private static List<String> outlets(String names) {
        List<String> outlets = new ArrayList<>();
        for (String name : names.split(",")) {
            String outlet = name.strip().replaceAll("\\s+", " ");
            if (!outlet.isEmpty()) {
                outlets.add(outlet);
            }
        }
        return outlets;
    }

    private void add(String outlet, Optional<LocalDate> date, boolean accessed) {
        found.add(new CitationMention(text.strip(), offset, outlet, date, accessed, source));
    }
}
