package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 5: a name (label or alias of a resource of the document graph) inside an evidence span is
 * accounted for by that evidence, the named resource being the subject or object of one of the
 * triples it supports (or an outlet it cites). An acronym inside evidence that is no one's name is
 * a finding too: it names something the graph does not know by that name. The words of an entity's
 * or concept's own declaration that hold none of its names ({@link UnnamedDeclarations}: "drawn from
 * airborne") are read as a name of it here.
 */
final class NameCoverage {

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");

    private NameCoverage() {}

    static List<Finding> check(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed,
                               List<UnnamedDeclarations.Mention> declared, FactLocator locator) {
        List<Finding> findings = new ArrayList<>();
        MentionExtractor extractor = new MentionExtractor(year);
        for (PlacedEvidence p : placed) {
            String text = article.parts().get(p.evidence().part());
            Set<RDFNode> accounted = sharedAccountedFor(p, placed);
            for (UnnamedDeclarations.Mention d : declared) {
                if (!d.own().evidence().part().equals(p.evidence().part()) || !p.span().contains(d.span())
                        || UnnamedDeclarations.own(p, d.declared()) || d.accountedBy(accounted)) continue;
                String words = NormalisedText.words(text.substring(d.span().start(), d.span().end()));
                findings.add(finding(p, locator, "\"" + words + "\" in " + p.evidence().described() + " names "
                        + Names.shown(d.declared()) + " (the words of its own evidence), which none of its triples has",
                        "add the field that says so (its value " + Names.shown(d.declared()) + "), or cite words that do not name it"));
            }
            List<NameIndex.Occurrence> names = graph.names().in(text, p.span());
            List<Span> elsewhere = notNames(text, extractor);
            // the evidence of a group's own words ("The troops fanned out" of kg:membersReferredToAs) names the group it declares
            boolean declaresGroup = p.evidence().supports().stream().anyMatch(r -> r.predicate().equals(KG.membersReferredToAs));
            for (NameIndex.Occurrence name : names) {
                if (name.together() && declaresGroup) continue;
                if (elsewhere.stream().anyMatch(s -> s.overlaps(name.span()))) continue;
                Set<RDFNode> apart = new HashSet<>(name.accountedBy(accounted) ? outletsApart(name, p, placed, graph) : Set.of());
                apart.retainAll(p.evidence().outlets()); // each outlet's own citation of the words reports it, once
                if (!apart.isEmpty()) {
                    String outlets = String.join(", ", apart.stream().map(Names::shown).sorted().toList());
                    findings.add(finding(p, locator, "\"" + name.name() + "\" in " + p.evidence().described()
                            + " says what the outlets it cites are, but " + outlets + " is not what it names",
                            "give " + outlets + " the field that says so (ofState:), or cite words that do not describe it"));
                }
                if (!name.accountedBy(accounted)) {
                    String bearers = String.join(", ", (name.together() ? name.unaccounted(accounted) : name.bearers())
                            .stream().map(Names::shown).sorted().toList());
                    findings.add(finding(p, locator, "\"" + name.name() + "\" in " + p.evidence().described() + " names "
                            + bearers + ", which none of its triples has",
                            "add the field that says so (its value " + bearers + "), or cite words that do not name it"));
                }
            }
            List<Span> taken = new ArrayList<>(names.stream().map(NameIndex.Occurrence::span).toList());
            extractor.extract(text).forEach(m -> taken.add(new Span(m.offset(), m.offset() + m.text().length())));
            Matcher acronym = ACRONYM.matcher(text);
            while (acronym.find()) {
                Span span = new Span(acronym.start(), acronym.end());
                if (p.span().contains(span) && taken.stream().noneMatch(t -> t.overlaps(span))) {
                    findings.add(finding(p, locator, "\"" + acronym.group() + "\" in " + p.evidence().described()
                            + " is the name of nothing in the graph", "add it as a name or alias (aliases:) of what it names"));
                }
            }
        }
        return findings;
    }

    /**
     * The other way: every name in the article lies in the evidence of a citation that accounts
     * for what it names, so a fact about a named thing cannot go without the audit noticing; a
     * {@code text} entry of the reviewed list exempts the name's words in its paragraph (added to {@code used}).
     */
    static List<Finding> recall(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed,
                                List<Exemption> exemptions, List<Exemption> used) {
        List<Finding> findings = new ArrayList<>();
        MentionExtractor extractor = new MentionExtractor(year);
        article.parts().forEach((part, text) -> {
            List<Span> elsewhere = notNames(text, extractor);
            for (NameIndex.Occurrence name : graph.names().in(text, new Span(0, text.length()))) {
                if (elsewhere.stream().anyMatch(s -> s.overlaps(name.span()))) continue;
                if (Exemption.claim(exemptions, part, text.substring(name.span().start(), name.span().end()), used)) continue;
                boolean accounted = placed.stream().anyMatch(p -> p.evidence().part().equals(part)
                        && p.span().contains(name.span()) && SentenceCoverage.statesMoreThanNames(p.evidence())
                        && saysMoreThan(p, name, placed) && name.accountedBy(sharedStating(p, placed)));
                if (!accounted) {
                    String bearers = String.join(", ", name.bearers().stream().map(Names::shown).sorted().toList());
                    findings.add(new Finding(Optional.of(part), "\"" + name.name() + "\" (" + bearers
                            + ") lies in no evidence of a fact about it", Optional.empty(),
                            "give the fact that says what " + part.inProse() + " says of it evidence words that include \""
                                    + name.name() + "\""));
                }
            }
        });
        return findings;
    }

    /**
     * The outlets {@code p} cites that do not bear a demonym only its outlets account for ("as could be
     * discerned from Russian official media (TASS, RIA Novosti …)": none of its triples is Russian): the
     * words describe the cited outlets together, so each must be the state's, and a deleted
     * {@code ofState} of one of them is noticed.
     */
    private static Set<RDFNode> outletsApart(NameIndex.Occurrence name, PlacedEvidence p, List<PlacedEvidence> placed, EvidenceGraph graph) {
        if (!graph.names().isDemonym(name.name())) return Set.of();
        Set<RDFNode> triples = new HashSet<>();
        Set<RDFNode> outlets = new HashSet<>();
        // the same words at the same place: one evidence, one citation per outlet
        placed.stream().filter(p::samePlace).forEach(o -> {
            o.evidence().supports().forEach(r -> {
                triples.add(r.subject());
                triples.add(r.object());
            });
            outlets.addAll(o.evidence().outlets());
        });
        if (outlets.isEmpty() || name.accountedBy(triples)) return Set.of();
        outlets.removeAll(name.bearers());
        return outlets;
    }

    /**
     * Whether {@code p} says more of a name than the name: its words are more than the name's, or a
     * triple it supports about what the name names, other than a name or a type, cites other words
     * too (the place of the disorders, "culminating in" and "Almaty"). Evidence that is the name
     * alone ("Russia's military-transport aviation", the aviation's own) states only what the name
     * holds (check 7: the aviation is Russia's), so the name must lie in the evidence of a fact that
     * says something of it ("planes of Russia's military-transport aviation airlifted": the air
     * bridge's agent), or its deletion goes unnoticed; a triple of something else cited twice, or
     * the named thing's own type cited twice, says nothing more of it; the other words must be at
     * another place (one citation per outlet of the same words is the same place). Evidence with a
     * function word beside the name ("for this collective mission", the air bridge's partOf) says
     * more: the word relates the name to what the sentence says.
     */
    private static boolean saysMoreThan(PlacedEvidence p, NameIndex.Occurrence name, List<PlacedEvidence> placed) {
        if (!p.span().equals(name.span())) return true;
        return p.evidence().supports().stream().anyMatch(r -> !SentenceCoverage.naming(r.predicate())
                && (name.bearers().contains(r.subject()) || name.bearers().contains(r.object()))
                && r.citations().stream().anyMatch(c -> placed.stream().anyMatch(o -> o.evidence().iri().equals(Evidence.iriOf(c)) && !p.samePlace(o))));
    }

    /**
     * What the facts that cite the same words at the same place account for together: words several
     * facts cite are one evidence ("The organization's member states (Russia, Belarus, …)" of six
     * memberships), and every name in it must be some fact's; a deleted membership leaves its
     * state's name unaccounted.
     */
    private static Set<RDFNode> sharedAccountedFor(PlacedEvidence p, List<PlacedEvidence> placed) {
        Set<RDFNode> nodes = new HashSet<>();
        placed.stream().filter(p::samePlace).forEach(o -> nodes.addAll(o.evidence().accountedFor()));
        return nodes;
    }

    /**
     * What the facts that state more than names and cite the same words at the same place account
     * for together, as {@link #sharedAccountedFor} for check 5: the six memberships citing "The
     * organization's member states (Russia, Belarus, …)" account for all the member states.
     */
    private static Set<RDFNode> sharedStating(PlacedEvidence p, List<PlacedEvidence> placed) {
        Set<RDFNode> nodes = new HashSet<>();
        placed.stream().filter(o -> p.samePlace(o)
                && SentenceCoverage.statesMoreThanNames(o.evidence())).forEach(o -> nodes.addAll(o.evidence().accountedFor()));
        return nodes;
    }

    /**
     * Where a name is checked as something else: an outlet citation "(TASS, January 13)", which the
     * mention check matches, and a clock time's zone "Moscow time", which time:timeZone states.
     */
    static List<Span> notNames(String text, MentionExtractor extractor) {
        List<Span> spans = citations(text, extractor);
        for (Mention m : extractor.extract(text)) {
            if (m instanceof ClockTimeMention t) {
                MentionCoverage.zoneAfter(text, t).ifPresent(zone -> {
                    int at = text.indexOf(zone, t.offset());
                    spans.add(new Span(at, at + zone.length()));
                });
            }
        }
        return spans;
    }

    /** The outlet citations of {@code text}, "(TASS, January 13)", each to its closing parenthesis. */
    static List<Span> citations(String text, MentionExtractor extractor) {
        List<Span> spans = new ArrayList<>();
        for (Mention m : extractor.extract(text)) {
            if (m instanceof CitationMention c) {
                int close = text.indexOf(')', c.offset());
                spans.add(new Span(c.offset(), close < 0 ? text.length() : close + 1));
            }
        }
        return spans;
    }

    private static Finding finding(PlacedEvidence p, FactLocator locator, String problem, String remedy) {
        return new Finding(Optional.of(p.evidence().part()), problem, locator.ofCitation(p.evidence()), remedy);
    }
}
