package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * Check 8: every alias ({@code skos:altLabel}) of the document graph is written in the article, as
 * whole words in its title, caption or paragraphs. The graph holds what the article states; a
 * spelling from elsewhere ("Lukashenko" for the article's "Lukashenka") is a variant
 * ({@code variants:}, {@code skos:hiddenLabel}), which search finds and the audit does not ask the
 * text for. And it is written where no longer name holds it: an alias the article writes only
 * inside a longer name ("Pashinian" only in "Nikol Pashinian") names nothing the longer one does not.
 */
final class WrittenAliases {

    private WrittenAliases() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, FactLocator locator) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.addAll(article.parts().values());
        List<Finding> findings = new ArrayList<>();
        for (Statement s : graph.model().listStatements(null, SKOS.altLabel, (String) null).toList()) {
            if (!s.getObject().isLiteral()) continue;
            String alias = NormalisedText.words(s.getString());
            if (alias.isEmpty()) continue;
            if (texts.stream().noneMatch(t -> !NameIndex.wholeWords(NormalisedText.of(t), alias).isEmpty())) {
                findings.add(new Finding(Optional.empty(), "the alias \"" + s.getString() + "\" of " + Names.shown(s.getSubject())
                        + " is not written in the article", located(s, locator), "a spelling from elsewhere is a variant: move it to variants:"));
            } else if (texts.stream().noneMatch(t -> writtenAlone(graph, t, alias))) {
                findings.add(new Finding(Optional.empty(), "the alias \"" + s.getString() + "\" of " + Names.shown(s.getSubject())
                        + " is written only inside a longer name", located(s, locator),
                        "the longer name names it wherever the article writes it, so the alias names nothing: delete it, or keep it for search as a variant (variants:)"));
            }
        }
        findings.sort((a, b) -> a.problem().compareTo(b.problem()));
        return findings;
    }

    /**
     * Whether {@code text} writes {@code alias} where no longer name of the graph holds it: the
     * names found there, the longest first ({@link NameIndex#in}), include the alias itself. An
     * alias written only inside a longer name ("Pashinian" only in "Nikol Pashinian") is never what
     * names anything, so deleting it would change nothing the audit could see.
     */
    private static boolean writtenAlone(EvidenceGraph graph, String text, String alias) {
        return graph.names().in(text, new Span(0, text.length())).stream().anyMatch(o -> o.name().equals(alias));
    }

    private static Optional<org.w3id.cstokg.facts.Location> located(Statement s, FactLocator locator) {
        return s.getSubject().isURIResource() ? locator.locate(s.getSubject().getURI()) : Optional.empty();
    }
}
