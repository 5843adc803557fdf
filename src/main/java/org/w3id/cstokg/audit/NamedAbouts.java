package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 16: what a statement is about is in its words. Every {@code kg:about} of a statement is named
 * in one of the evidence spans of the statement's own triples (a name, alias, reference, demonym or
 * group's words, as checks 5 and 6 read them; a demonym names its state, and with a noun such as
 * "troops" its contingent), or, for an event, one of those spans shares words with the event's
 * evidence (as check 12 reads evidence side by side: Shoigu's claim and the relief), or a
 * reviewed {@code audit:} entry names the statement's evidence words and the resource ({@code about:}),
 * for a statement that refers to it by no words of its own ("It went swiftly in": the mission of the
 * sentence before). Check 5 asks the other way, that what the evidence names is among its triples;
 * without this one a deleted reference or group's words ("The procedure", "the troops", "member
 * states") went unnoticed, the words staying in the evidence of a statement about what they named,
 * and so did an {@code about} the words do not name. An entry naming an {@code about} the statement no
 * longer has is stale, so its deletion is noticed too.
 */
final class NamedAbouts {

    /** The nouns after a demonym that name a state's national contingent: "Belarusian troops". */
    private static final java.util.regex.Pattern TROOPS = java.util.regex.Pattern.compile("[\\s\\u00A0]+(?:troops|soldiers|contingents?)(?![\\p{L}\\p{N}])");

    private NamedAbouts() {}

    /** The findings; the entries that account for an unnamed {@code about} are added to {@code used}. */
    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator,
                               List<Exemption> entries, List<Exemption> used) {
        List<Finding> findings = new ArrayList<>();
        Set<Resource> statements = new LinkedHashSet<>();
        placed.forEach(p -> statements.addAll(p.subjects(r -> !graph.isEvent(r) && r.hasProperty(KG.about))));
        for (Resource said : statements) {
            List<PlacedEvidence> own = placed.stream()
                    .filter(p -> p.evidence().supports().stream().anyMatch(r -> r.subject().equals(said))).toList();
            Set<Resource> named = new HashSet<>();
            for (PlacedEvidence p : own) {
                String text = article.parts().get(p.evidence().part());
                graph.names().in(text, p.span()).forEach(o -> named.addAll(named(o, text, graph)));
                // words shared with an event's evidence report the event (check 12); an entity's own evidence is no such fact
                placed.stream().filter(o -> o.evidence().part().equals(p.evidence().part()) && o.span().overlaps(p.span()))
                        .forEach(o -> named.addAll(o.subjects(graph::isEvent)));
            }
            for (RDFNode about : graph.model().listObjectsOfProperty(said, KG.about).toList()) {
                if (!about.isResource() || named.contains(about.asResource())) continue;
                List<Exemption> by = entries.stream().filter(e -> names(e, own, about)).toList();
                if (!by.isEmpty()) {
                    by.stream().filter(e -> !used.contains(e)).forEach(used::add);
                    continue;
                }
                PlacedEvidence first = own.get(0);
                findings.add(new Finding(Optional.of(first.evidence().part()), Names.shown(said) + " is about " + Names.shown(about)
                        + ", but none of its evidence names it or shares words with a fact about it", locator.ofCitation(first.evidence()),
                        "cite the words that name it (add the words the article refers to it by as referredToAs), or, if the statement "
                                + "names it by no words of its own, list it under audit: as {para: " + first.evidence().part().cited()
                                + ", text: \"" + first.evidence().words().orElse("") + "\", about: " + Names.shown(about) + ", reason: ...}"));
            }
        }
        return findings;
    }

    /**
     * What a name found in a statement's words names: its bearers; but a demonym ("Belarusian") names
     * its state, and what is the state's only with the noun that says what: "Belarusian troops" its
     * contingent, "Kazakhstani government" by the government's alias (a longer name, found first);
     * a state's possessive before its contingent's noun ("Russia's own contingent") names both.
     */
    private static Set<Resource> named(NameIndex.Occurrence o, String text, EvidenceGraph graph) {
        Set<Resource> states = graph.model().listSubjectsWithProperty(KG.demonym).toList().stream()
                .filter(s -> s.listProperties(KG.demonym).toList().stream()
                        .anyMatch(d -> d.getObject().isLiteral() && NormalisedText.words(d.getString()).equals(o.name())))
                .collect(java.util.stream.Collectors.toSet());
        if (states.isEmpty() && NameIndex.possessive(o.name())) {
            // "Russia's own contingent" names the contingent and, by its possessive, the state
            Set<Resource> named = new HashSet<>(o.bearers());
            o.bearers().forEach(b -> b.listProperties(KG.contributedBy).forEachRemaining(st -> {
                if (st.getObject().isResource()) named.add(st.getResource());
            }));
            return named;
        }
        if (states.isEmpty()) return o.bearers();
        Set<Resource> named = new HashSet<>(states);
        java.util.regex.Matcher next = TROOPS.matcher(text).region(o.span().end(), text.length());
        if (next.lookingAt()) {
            for (Resource state : states) named.addAll(graph.model().listSubjectsWithProperty(KG.contributedBy, state).toList());
        }
        return named;
    }

    /** Whether {@code e} names the words of one of {@code own} (same part, any case) and {@code about}. */
    private static boolean names(Exemption e, List<PlacedEvidence> own, RDFNode about) {
        return e.about().equals(Names.shown(about)) && own.stream().anyMatch(p -> p.evidence().part().equals(e.part())
                && p.evidence().words().map(w -> lower(w).equals(lower(e.text()))).orElse(false));
    }

    private static String lower(String words) {
        return NormalisedText.words(words).toLowerCase(Locale.ROOT);
    }
}
