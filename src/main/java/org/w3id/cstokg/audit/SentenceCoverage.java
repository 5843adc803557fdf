package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 4: every sentence of the article overlaps at least one placed evidence span of a fact that
 * states more than names, or is named on the reviewed {@code audit:} list ({@code sentence:} and
 * its first words) with a reason.
 */
final class SentenceCoverage {

    private static final int SHOWN_WORDS = 8;
    /**
     * Triples that only name: types, names, the words a thing is referred to by (demonyms,
     * references), and the codes of outside codebooks (CAMEO, ACLED), which the data assigns and
     * the article does not state.
     */
    private static final Set<Property> NAMING = Set.of(
            RDF.type, RDFS.label,
            SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, KG.demonym, KG.referredToAs,
            KG.cameoEventCode, KG.cameoActorCode, KG.cameoNotCovered, KG.acledSubEventType, KG.acledActorType,
            KG.acledNotCovered);

    private final List<Finding> findings = new ArrayList<>();
    private final List<Exemption> used = new ArrayList<>();
    private int sentences;
    private int exempted;

    SentenceCoverage(ArticleText article, List<PlacedEvidence> placed, List<Exemption> exemptions) {
        article.parts().forEach((part, text) -> {
            for (Span sentence : SentenceSplitter.split(text)) {
                sentences++;
                String words = text.substring(sentence.start(), sentence.end());
                List<Exemption> naming = exemptions.stream().filter(x -> x.coversSentence(part, words)).toList();
                used.addAll(naming);
                if (!naming.isEmpty()) {
                    exempted++;
                } else if (placed.stream().noneMatch(p -> p.evidence().part().equals(part) && p.span().overlaps(sentence)
                        && statesMoreThanNames(p.evidence()))) {
                    String opening = opening(words);
                    findings.add(new Finding(Optional.of(part), "the sentence \"" + opening + "\" is covered by no evidence",
                            Optional.empty(), "give evidence words from it to the facts it states, or list it under audit: as "
                            + "{para: " + part.cited() + ", sentence: \"" + opening
                            + "\", reason: ...}"));
                }
            }
        });
    }

    /**
     * Evidence that only names things (its triples are types and names) covers no sentence: a
     * sentence says something of what it names, and that needs a fact of its own.
     */
    static boolean statesMoreThanNames(Evidence evidence) {
        return evidence.supports().stream().anyMatch(r -> !naming(r.predicate()));
    }

    /** Whether triples of {@code predicate} only name or classify (a type, a name, a reference, an outside code). */
    static boolean naming(Property predicate) {
        return NAMING.contains(predicate);
    }

    /** The sentence's first words, as an {@code audit:} entry names it. */
    static String opening(String sentence) {
        String[] words = NormalisedText.words(sentence).split(" ");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(SHOWN_WORDS, words.length)));
    }

    List<Finding> findings() { return List.copyOf(findings); }

    List<Exemption> used() { return List.copyOf(used); }

    int sentences() { return sentences; }

    int exempted() { return exempted; }
}
