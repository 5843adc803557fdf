package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Check 5: a name (label or alias of a resource of the document graph) inside an evidence span is
 * accounted for by that evidence, the named resource being the subject or object of one of the
 * triples it supports (or an outlet it cites). An acronym inside evidence that is no one's name is
 * a finding too: it names something the graph does not know by that name.
 */
final class NameCoverage {

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");

    private NameCoverage() {}

    static List<Finding> check(ArticleText article, int year, EvidenceGraph graph, List<PlacedEvidence> placed,
                               FactLocator locator) {
        List<Finding> findings = new ArrayList<>();
        MentionExtractor extractor = new MentionExtractor(year);
        for (PlacedEvidence p : placed) {
            String text = article.parts().get(p.evidence().part());
            Set<RDFNode> accounted = p.evidence().accountedFor();
            List<NameIndex.Occurrence> names = graph.names().in(text, p.span());
            for (NameIndex.Occurrence name : names) {
                if (Collections.disjoint(name.bearers(), accounted)) {
                    String bearers = String.join(", ", name.bearers().stream().map(Names::shown).sorted().toList());
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

    private static Finding finding(PlacedEvidence p, FactLocator locator, String problem, String remedy) {
        return new Finding(Optional.of(p.evidence().part()), problem, locator.ofCitation(p.evidence()), remedy);
    }
}
