package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-way, per-fact check of one article's graph against its text (docs/audit.md):
 * every evidence phrase is found once in the part it cites; every asserted triple has evidence
 * words; every number, date, clock time, outlet citation and quotation lies in the evidence of a
 * fact stating it; every sentence is covered by evidence; every name in evidence is accounted for; every proper name
 * of the text is a name of the graph or exempted; every content word of a sentence lies in evidence;
 * a name holding another resource's name goes with a triple relating the two; every alias is
 * written in the article; a title before a person's name lies in the evidence of a post they hold; a day
 * given relative to another ("the following day") lies in the evidence of the date it implies, and the dates add up;
 * words that point back at something ("this mission") are a reference of it; a statement made at an
 * event has the event's date, time zone and one of its agents as speaker; what a paragraph reports after
 * "According to X" is X's; a part of the day ("night") lies in the evidence of a fact whose partOfDay it is;
 * a post held in a sentence that dates an event is held as of that day; what a statement is about is named in its words
 * (or the reviewed list says why not); words that give a cause ("because") lie in the evidence of a because; what a
 * decision authorizes has its legal basis, and a basis in a decision's words is that decision's authorization; a
 * list that one evidence states is named there, item by item, by group words or by its number.
 * Usage: {@code new Audit(EvidenceGraph.of(dataset, doc), exemptions, locator).check(ArticleText.read(file), doc.year())}.
 */
public final class Audit {

    private final EvidenceGraph graph;
    private final List<Exemption> exemptions;
    private final FactLocator locator;

    private final List<Exemption> unnamedAbouts;

    public Audit(EvidenceGraph graph, List<Exemption> exemptions, FactLocator locator) {
        this.graph = graph;
        // an entry naming what a statement is about skips no words: only check 16 reads it
        this.exemptions = exemptions.stream().filter(e -> !e.unnamedAbout()).toList();
        this.unnamedAbouts = exemptions.stream().filter(Exemption::unnamedAbout).toList();
        this.locator = locator;
    }

    /** Audits {@code article}, whose dates without a year are in {@code year}. */
    public AuditReport check(ArticleText article, int year) {
        EvidencePlacement placement = new EvidencePlacement(article, graph.evidence(), locator);
        List<PlacedEvidence> placed = placement.placed();
        MentionCoverage mentions = new MentionCoverage(article, year, graph, placed, exemptions);
        SentenceCoverage sentences = new SentenceCoverage(article, placed, exemptions);
        WordCoverage words = new WordCoverage(article, year, graph, placed, exemptions);
        List<Finding> findings = new ArrayList<>(placement.findings());
        findings.addAll(UngroundedTriples.check(graph, locator));
        findings.addAll(mentions.findings());
        findings.addAll(sentences.findings());
        findings.addAll(words.findings());
        List<UnnamedDeclarations.Mention> declared = UnnamedDeclarations.of(article, graph, placed);
        findings.addAll(NameCoverage.check(article, year, graph, placed, declared, locator));
        List<Exemption> namesExempted = new ArrayList<>();
        findings.addAll(NameCoverage.recall(article, year, graph, placed, exemptions, namesExempted));
        findings.addAll(UnknownNames.check(article, year, graph, exemptions, namesExempted));
        findings.addAll(NestedNames.check(article, graph, placed, locator, exemptions, namesExempted));
        findings.addAll(WrittenAliases.check(article, graph, locator));
        findings.addAll(TitleMentions.check(article, graph, placed, exemptions, namesExempted));
        findings.addAll(RelativeDates.check(article, graph, placed, exemptions, namesExempted));
        findings.addAll(DemonstrativeReferences.check(article, graph, exemptions, namesExempted));
        findings.addAll(StatementsAtEvents.check(article, graph, placed, locator, exemptions, namesExempted));
        findings.addAll(Attributions.check(article, graph, placed, locator));
        findings.addAll(HoldingDates.check(article, graph, placed, locator));
        findings.addAll(PartsOfDay.check(article, placed, exemptions, namesExempted));
        findings.addAll(CausalWords.check(article, placed, exemptions, namesExempted));
        findings.addAll(LegalBases.check(graph, placed, locator));
        findings.addAll(NamedAbouts.check(article, graph, placed, locator, unnamedAbouts, namesExempted));
        findings.addAll(NamedLists.check(article, year, graph, placed, declared, locator));
        List<Exemption> used = new ArrayList<>(mentions.used());
        used.addAll(sentences.used());
        used.addAll(words.used());
        used.addAll(namesExempted);
        List<Exemption> stale = java.util.stream.Stream.concat(exemptions.stream(), unnamedAbouts.stream())
                .filter(e -> !used.contains(e)).toList();
        AuditReport.Counts counts = new AuditReport.Counts(article.paragraphCount(),
                article.parts().containsKey(ArticlePart.CAPTION), sentences.sentences(), sentences.exempted(),
                mentions.mentions(), mentions.exempted(), placed.size(), graph.reifiers().size());
        return new AuditReport(counts, findings, stale);
    }
}
