package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recall check of the graph against the article: every number, date, clock time and outlet
 * citation in a part of the text must be stated by a fact citing that part, unless the reviewed
 * list exempts it. Usage:
 * {@code new Audit(FactIndex.of(dataset, doc), exemptions).check(ArticleText.read(file), doc.year())}.
 */
public final class Audit {

    private final FactIndex facts;
    private final List<Exemption> exemptions;

    public Audit(FactIndex facts, List<Exemption> exemptions) {
        this.facts = facts;
        this.exemptions = List.copyOf(exemptions);
    }

    /** Audits {@code article}, whose dates without a year are in {@code year}. */
    public AuditReport check(ArticleText article, int year) {
        MentionExtractor extractor = new MentionExtractor(year);
        List<MissingMention> missing = new ArrayList<>();
        List<Exemption> used = new ArrayList<>();
        int mentions = 0;
        int exempted = 0;
        for (Map.Entry<ArticlePart, String> part : article.parts().entrySet()) {
            StatedValues stated = facts.statedIn(part.getKey());
            for (Mention mention : extractor.extract(part.getValue())) {
                mentions++;
                List<Exemption> covering = exemptions.stream().filter(e -> e.covers(part.getKey(), mention)).toList();
                used.addAll(covering);
                if (!covering.isEmpty()) {
                    exempted++;
                } else if (!stated.states(mention)) {
                    missing.add(new MissingMention(part.getKey(), mention));
                }
            }
        }
        List<Exemption> stale = exemptions.stream().filter(e -> !used.contains(e)).toList();
        return new AuditReport(article.paragraphCount(), article.parts().containsKey(ArticlePart.CAPTION),
                mentions, exempted, missing, stale);
    }
}
