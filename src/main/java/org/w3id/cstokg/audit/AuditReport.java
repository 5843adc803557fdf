package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an {@link Audit}: what it found wrong, and the exemptions that match nothing
 * (a stale reviewed list). It passes when both are empty.
 */
public record AuditReport(Counts counts, List<Finding> findings, List<Exemption> staleExemptions) {

    /** What was audited: parts, sentences and mentions (with how many the reviewed list exempts), placed evidence, reified triples. */
    public record Counts(int paragraphs, boolean hasCaption, int sentences, int sentencesExempted, int mentions,
                         int mentionsExempted, int evidence, int triples) {}

    public AuditReport {
        findings = List.copyOf(findings);
        staleExemptions = List.copyOf(staleExemptions);
    }

    /** Nothing found and no stale exemption. */
    public boolean passed() {
        return findings.isEmpty() && staleExemptions.isEmpty();
    }

    /** The report as printed: one line per finding, part by part (the caption first, then the paragraphs), then the summary. */
    public List<String> lines() {
        List<Finding> all = new ArrayList<>(findings);
        staleExemptions.forEach(e -> all.add(new Finding(Optional.of(e.part()), "exemption " + e.shown()
                + " matches nothing (stale; its reason: " + e.reason() + ")", Optional.empty(),
                "remove it from the audit: list, or correct its words")));
        all.sort(Comparator.comparing((Finding f) -> f.part().map(ArticlePart::paragraph).orElse(Integer.MAX_VALUE)));
        List<String> lines = new ArrayList<>(all.stream().map(Finding::toString).toList());
        lines.add(summary());
        return List.copyOf(lines);
    }

    /** {@code audit: 20 paragraphs and the caption, 90 sentences (1 exempted), 60 mentions (5 exempted), …}. */
    public String summary() {
        Counts c = counts;
        return "audit: " + c.paragraphs() + " paragraphs" + (c.hasCaption() ? " and the caption" : "") + ", "
                + c.sentences() + " sentences (" + c.sentencesExempted() + " exempted), "
                + c.mentions() + " mentions (" + c.mentionsExempted() + " exempted), "
                + c.evidence() + " evidence spans, " + c.triples() + " reified triples: "
                + findings.size() + " problem" + (findings.size() == 1 ? "" : "s") + ", "
                + staleExemptions.size() + " stale exemption" + (staleExemptions.size() == 1 ? "" : "s");
    }
}
