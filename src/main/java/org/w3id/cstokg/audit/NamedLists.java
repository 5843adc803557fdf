package org.w3id.cstokg.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 19: a list that one evidence states is in its words. The objects of one property of one
 * subject that cite the same words (two or more: the mission's {@code vehiclesBroughtBy}, the
 * order's {@code recipients}) are each named there (a name, alias, reference, demonym, a
 * declaration's own words, as check 5 reads them), or all of them by group words ("Each national
 * contingent brought its own vehicles"), or the words give their number ("the four non-Russian
 * contingents"; not a number of units of time, "two days later", "a two-day visit"). Items that each
 * write out the same cite are one list as much as items that share one. Without it the group words of a list that only that list's evidence holds could be
 * deleted unnoticed: the words stayed covered by the list's evidence and named nothing. What a
 * statement is about ({@code kg:about}) is check 16's.
 */
final class NamedLists {

    /** A unit of time after a number: "two days later" counts days, not the list. */
    private static final Pattern TIME = Pattern.compile(
            "(?:[\\s\\u00A0]+|-)(?:minutes?|hours?|days?|weeks?|months?|years?)(?![\\p{L}\\p{N}])");

    private NamedLists() {}

    /** Where evidence stands in the whole text, so that evidence of several paragraphs comes in their order. */
    private static int at(ArticleText article, PlacedEvidence p) {
        Span part = article.ranges().get(p.evidence().part());
        return (part == null ? 0 : part.start()) + p.span().start();
    }

    static List<Finding> check(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed,
                               List<UnnamedDeclarations.Mention> declared, FactLocator locator) {
        MentionExtractor extractor = new MentionExtractor(year);
        Map<String, List<PlacedEvidence>> byCitation = new HashMap<>();
        placed.forEach(p -> byCitation.computeIfAbsent(p.evidence().iri(), k -> new ArrayList<>()).add(p));
        // one list: the objects of one property of one subject whose citations are the same words at the
        // same places, whether the items share one citation or each writes out the same cite
        Map<List<Object>, List<Reifier>> lists = new LinkedHashMap<>();
        for (Reifier r : graph.reifiers()) {
            if (!r.object().isResource() || r.predicate().equals(RDF.type) || r.predicate().equals(KG.about)
                    || SentenceCoverage.naming(r.predicate()) || r.citations().isEmpty()) continue;
            Set<Object> places = new HashSet<>();
            for (Resource c : r.citations()) {
                List<PlacedEvidence> at = byCitation.getOrDefault(Evidence.iriOf(c), List.of());
                if (at.isEmpty()) places.add(Evidence.iriOf(c));
                at.forEach(p -> places.add(List.of(p.evidence().part(), p.span())));
            }
            lists.computeIfAbsent(List.of(r.subject(), r.predicate(), places), k -> new ArrayList<>()).add(r);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Reifier> list : lists.values()) {
            Set<RDFNode> objects = new HashSet<>();
            list.forEach(r -> objects.add(r.object()));
            if (objects.size() < 2) continue;
            Map<List<Object>, PlacedEvidence> distinct = new LinkedHashMap<>();
            list.stream().flatMap(r -> r.citations().stream()).flatMap(c -> byCitation.getOrDefault(Evidence.iriOf(c), List.of()).stream())
                    .forEach(p -> distinct.putIfAbsent(List.of(p.evidence().part(), p.span()), p));
            List<PlacedEvidence> words = distinct.values().stream().sorted(Comparator.comparingInt(p -> at(article, p))).toList();
            if (words.isEmpty()) continue;
            Set<Resource> named = new HashSet<>();
            boolean counted = false;
            for (PlacedEvidence p : words) {
                String text = article.parts().get(p.evidence().part());
                graph.names().in(text, p.span()).forEach(o -> named.addAll(o.bearers()));
                declared.stream().filter(d -> d.own().evidence().part().equals(p.evidence().part()) && p.span().contains(d.span()))
                        .forEach(d -> named.add(d.declared()));
                counted |= extractor.extract(text).stream().anyMatch(m -> m instanceof NumberMention n
                        && p.span().contains(new Span(n.offset(), n.offset() + n.text().length()))
                        && n.value().compareTo(BigDecimal.valueOf(objects.size())) == 0
                        && !TIME.matcher(text).region(n.offset() + n.text().length(), text.length()).lookingAt());
            }
            if (counted) continue;
            Reifier first = list.get(0);
            PlacedEvidence at = words.get(0);
            String quoted = String.join(" and ", words.stream()
                    .map(p -> p.evidence().words().map(w -> "\"" + w + "\"").orElse("the words at " + p.evidence().part().inProse()))
                    .distinct().toList());
            for (RDFNode object : objects.stream().sorted(Comparator.comparing(Names::shown)).toList()) {
                if (named.contains(object)) continue;
                findings.add(new Finding(Optional.of(at.evidence().part()), Names.shown(object) + " is one of the "
                        + objects.size() + " " + Names.shown(first.predicate()) + " of " + Names.shown(first.subject())
                        + " that the words " + quoted + " state, but they name it by no name, group words or number",
                        locator.ofCitation(at.evidence()), "cite words that name it (the words the article refers to them all by are"
                        + " membersReferredToAs of their group), or give it a citation of its own"));
            }
        }
        return findings;
    }
}
