package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 10: a day the article gives relative to another ("the following day", "two days later",
 * "that same day", "the day before") dates an event by context. Such words must lie in the evidence
 * of a {@code kg:dateImpliedBy} triple whose words hold them, and the event's dates must do the
 * arithmetic the words say: its {@code kg:date} is the date of the event it is {@code kg:after}
 * plus the days (its {@code kg:delay} those days, when there are any); for days before, the event
 * is the {@code kg:after} of one that many days later. So a deleted implied date, its anchor, its
 * delay or the marker itself is noticed. A {@code text} entry of the {@code audit:} list exempts
 * the words in their part.
 */
final class RelativeDates {

    /** Group 1: following, next, same, previous, preceding; 2: before, after; 3: a count; 4: later, earlier, before, after. */
    private static final Pattern PHRASE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:the|that)\\s+(following|next|same|previous|preceding)\\s+day"
                    + "|the\\s+day\\s+(before|after)"
                    + "|([\\p{L}\\p{N}-]+)\\s+days?\\s+(later|earlier|before|after))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private RelativeDates() {}

    /** A relative day in a part's text: where, its words, and the days it counts (negative: before). */
    record Mention(Span span, String words, int days) {}

    static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            days(m).ifPresent(d -> found.add(new Mention(new Span(m.start(), m.end()), NormalisedText.words(m.group()), d)));
        }
        return found;
    }

    private static Optional<Integer> days(Matcher m) {
        if (m.group(1) != null) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "same" -> Optional.of(0);
                case "previous", "preceding" -> Optional.of(-1);
                default -> Optional.of(1);
            };
        }
        if (m.group(2) != null) return Optional.of(m.group(2).equalsIgnoreCase("before") ? -1 : 1);
        String count = m.group(3);
        int n;
        if (count.equalsIgnoreCase("a")) n = 1;
        else if (count.chars().allMatch(Character::isDigit)) n = Integer.parseInt(count);
        else {
            Matcher word = NumberWords.PATTERN.matcher(count);
            if (!word.matches()) return Optional.empty();
            n = (int) NumberWords.value(word);
        }
        String way = m.group(4).toLowerCase(Locale.ROOT);
        return Optional.of(way.equals("later") || way.equals("after") ? n : -n);
    }

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed,
                               List<Exemption> exemptions, List<Exemption> used) {
        Model doc = graph.model();
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            for (Mention mention : in(text)) {
                List<Resource> dated = placed.stream()
                        .filter(p -> p.evidence().part().equals(part) && p.span().contains(mention.span()))
                        .flatMap(p -> p.evidence().supports().stream())
                        .filter(r -> r.predicate().equals(KG.dateImpliedBy) && r.object().isLiteral()
                                && lower(r.object().asLiteral().getLexicalForm()).contains(lower(mention.words())))
                        .map(Reifier::subject).distinct().toList();
                if (dated.isEmpty()) {
                    if (Exemption.claim(exemptions, part, mention.words(), used)) continue;
                    findings.add(new Finding(Optional.of(part), "\"" + mention.words() + "\" dates an event by context, but lies in"
                            + " no evidence of its dateImpliedBy", Optional.empty(),
                            "give the event it dates `dateImpliedBy: " + mention.words() + "` (with its date, and after:"
                                    + " the event it counts from), or list it under audit: as {para: "
                                    + part.cited() + ", text: \"" + mention.words()
                                    + "\", reason: ...}"));
                    continue;
                }
                for (Resource event : dated) {
                    arithmetic(doc, event, mention).ifPresent(problem -> findings.add(new Finding(Optional.of(part),
                            Names.shown(event) + " is dated by \"" + mention.words() + "\", but " + problem, Optional.empty(),
                            "record the date the words imply: date, after (the event it counts from) and delay (the days)")));
                }
            }
        });
        return findings;
    }

    /** What is wrong with the dates of {@code event}, dated {@code mention.days()} from its anchor; empty if nothing. */
    private static Optional<String> arithmetic(Model doc, Resource event, Mention mention) {
        Optional<LocalDate> date = date(event);
        if (date.isEmpty()) return Optional.of("it has no kg:date");
        int days = mention.days();
        Resource later = event;
        Resource earlier;
        if (days >= 0) {
            Optional<Resource> anchor = object(event, KG.after);
            if (anchor.isEmpty()) return Optional.of("it is kg:after no event to count from");
            earlier = anchor.get();
        } else {
            Optional<Resource> anchor = doc.listSubjectsWithProperty(KG.after, event).nextOptional();
            if (anchor.isEmpty()) return Optional.of("no event is kg:after it to count back from");
            later = anchor.get();
            earlier = event;
        }
        Optional<LocalDate> from = date(earlier);
        Optional<LocalDate> to = date(later);
        if (from.isEmpty() || to.isEmpty()) return Optional.of(Names.shown(days >= 0 ? earlier : later) + " has no kg:date");
        int gap = Math.abs(days);
        if (!from.get().plusDays(gap).equals(to.get())) {
            return Optional.of(Names.shown(later) + " on " + to.get() + " is not " + gap + " days after " + Names.shown(earlier)
                    + " on " + from.get());
        }
        if (gap == 0) return Optional.empty();
        String delay = later.hasProperty(KG.delay) ? later.getProperty(KG.delay).getString() : "";
        if (!delay.equals("P" + gap + "D")) {
            return Optional.of(Names.shown(later) + " has no kg:delay P" + gap + "D after " + Names.shown(earlier));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Resource event) {
        Statement s = event.getProperty(KG.date);
        if (s == null || !s.getObject().isLiteral()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(s.getString()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Resource> object(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isResource() ? Optional.of(o.asResource()) : Optional.empty();
    }

    private static String lower(String words) {
        return NormalisedText.words(words).toLowerCase(Locale.ROOT);
    }
}
