package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outcome of an {@link Audit}: what the article states that no fact matches, and the
 * exemptions that match nothing (a stale reviewed list). It passes when both are empty.
 */
public record AuditReport(int paragraphs, boolean hasCaption, int mentions, int exempted,
                          List<MissingMention> missing, List<Exemption> staleExemptions) {

    public AuditReport {
        missing = List.copyOf(missing);
        staleExemptions = List.copyOf(staleExemptions);
    }

    /** Nothing missing and no stale exemption. */
    public boolean passed() {
        return missing.isEmpty() && staleExemptions.isEmpty();
    }

    /** The report as printed: one line per finding, paragraph by paragraph, then the summary line. */
    public List<String> lines() {
        TreeSet<ArticlePart> parts = new TreeSet<>();
        missing.forEach(m -> parts.add(m.part()));
        staleExemptions.forEach(e -> parts.add(e.part()));
        List<String> lines = new ArrayList<>();
        for (ArticlePart part : parts) {
            missing.stream().filter(m -> m.part().equals(part)).forEach(m -> lines.add(m.toString()));
            staleExemptions.stream().filter(e -> e.part().equals(part)).forEach(e -> lines.add(part
                    + ": exemption \"" + e.text() + "\" matches no mention (stale; its reason: " + e.reason() + ")"));
        }
        lines.add(summary());
        return List.copyOf(lines);
    }

    /** {@code audit: 20 paragraphs and the caption, 60 mentions (5 exempted), 0 missing, 0 stale exemptions}. */
    public String summary() {
        return "audit: " + paragraphs + " paragraphs" + (hasCaption ? " and the caption" : "") + ", "
                + mentions + " mentions (" + exempted + " exempted), " + missing.size() + " missing, "
                + staleExemptions.size() + " stale exemption" + (staleExemptions.size() == 1 ? "" : "s");
    }
}
