package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.vocab.KG;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.PROV;
import org.w3id.cstokg.vocab.TIME;

/**
 * Check 13: "According to X" (X a name of the graph) attributes what its paragraph reports after
 * it to X. Every fact whose evidence lies there and states more than names is X's: the subject of
 * each of its triples is {@code kg:accordingTo} X (an event, or a count: "some 1,600 personnel"),
 * a statement by X, or an event X is an agent of (X's report itself). So a deleted
 * {@code accordingTo} of a fact the article attributes is noticed, although the words "According
 * to X" stay in the evidence of the others it attributes. "X is said to" (are, was, were) attributes
 * the rest of its sentence to X the same way ("the CSTO is said to include a Peacekeeping Force
 * component of 3,600 troops": the count is the CSTO's).
 */
final class Attributions {

    private static final Pattern ACCORDING_TO = Pattern.compile("(?<![\\p{L}\\p{N}])according to\\s+", Pattern.CASE_INSENSITIVE);
    /** "X is said to" (are, was, were): X's report, up to the end of the sentence. */
    private static final Pattern SAID_TO = Pattern.compile("\\G\\s+(?:is|are|was|were)\\s+said\\s+to(?![\\p{L}\\p{N}])");

    private static final List<Resource> TIMES = List.of(TIME.Instant, TIME.Interval, TIME.TemporalEntity);

    private Attributions() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator) {
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            List<NameIndex.Occurrence> names = graph.names().in(text, new Span(0, text.length()));
            Matcher m = ACCORDING_TO.matcher(text);
            while (m.find()) {
                int from = m.start();
                Optional<NameIndex.Occurrence> source = names.stream().filter(n -> n.span().start() == m.end()).findFirst();
                if (source.isEmpty()) continue;
                report(part, text, from, source.get().span().end(), source.get().bearers(), new Span(from, text.length()),
                        placed, locator, findings);
            }
            for (NameIndex.Occurrence name : names) {
                Matcher said = SAID_TO.matcher(text).region(name.span().end(), text.length());
                if (!said.lookingAt()) continue;
                int end = SentenceSplitter.split(text).stream().filter(s -> s.contains(name.span())).mapToInt(Span::end)
                        .findFirst().orElse(text.length());
                report(part, text, name.span().start(), said.end(), name.bearers(), new Span(said.end(), end),
                        placed, locator, findings);
            }
        });
        return findings;
    }

    /**
     * Every fact whose evidence lies in {@code scope} (and states more than names) is one of
     * {@code sources}', attributed by the words from {@code from} to {@code to}.
     */
    private static void report(ArticlePart part, String text, int from, int to, Set<Resource> sources, Span scope,
                               List<PlacedEvidence> placed, FactLocator locator, List<Finding> findings) {
        for (PlacedEvidence p : placed) {
            if (!p.evidence().part().equals(part) || !scope.contains(p.span())
                    || !SentenceCoverage.statesMoreThanNames(p.evidence())) continue;
            Set<Resource> unattributed = new LinkedHashSet<>();
            for (Reifier r : p.evidence().supports()) {
                if (SentenceCoverage.naming(r.predicate())) continue;
                // the triple that gives a subject its count: the count ("some 1,600 personnel") is the claim
                if (r.object().isResource() && attributed(r.object().asResource(), sources)) continue;
                Resource subject = r.subject();
                if (!attributed(subject, sources)) unattributed.add(subject);
            }
            for (Resource subject : unattributed) {
                String by = String.join(", ", sources.stream().map(Names::shown).sorted().toList());
                findings.add(new Finding(Optional.of(part), Names.shown(subject) + " is reported after \""
                        + NormalisedText.words(text.substring(from, to)) + "\" in "
                        + p.evidence().described() + ", but is not " + by + "'s", locator.ofCitation(p.evidence()),
                        "give it accordingTo: " + by + " (a count too), or cite words the article does not attribute"));
            }
        }
    }

    /**
     * Whether {@code subject} is {@code sources}' claim, statement or act; a time (which has no
     * accordingTo of its own) is its owner's. A count has its own ({@code accordingTo} of the count).
     */
    private static boolean attributed(Resource subject, Set<Resource> sources) {
        if (TIMES.stream().anyMatch(t -> subject.hasProperty(RDF.type, t))) {
            return subject.getModel().listSubjectsWithProperty(TIME.hasTime, subject).toList().stream()
                    .anyMatch(owner -> attributed(owner, sources));
        }
        return sources.stream().anyMatch(s -> subject.hasProperty(KG.accordingTo, s)
                || subject.hasProperty(PROV.wasAttributedTo, s) || subject.hasProperty(KG.agent, s));
    }
}
