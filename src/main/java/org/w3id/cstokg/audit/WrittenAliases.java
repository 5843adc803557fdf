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
 * text for.
 */
final class WrittenAliases {

    private WrittenAliases() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, FactLocator locator) {
        List<NormalisedText> texts = new ArrayList<>();
        texts.add(NormalisedText.of(article.title()));
        article.parts().values().forEach(t -> texts.add(NormalisedText.of(t)));
        List<Finding> findings = new ArrayList<>();
        for (Statement s : graph.model().listStatements(null, SKOS.altLabel, (String) null).toList()) {
            if (!s.getObject().isLiteral()) continue;
            String alias = NormalisedText.words(s.getString());
            if (alias.isEmpty() || texts.stream().anyMatch(t -> !NameIndex.wholeWords(t, alias).isEmpty())) continue;
            findings.add(new Finding(Optional.empty(), "the alias \"" + s.getString() + "\" of " + Names.shown(s.getSubject())
                    + " is not written in the article", s.getSubject().isURIResource() ? locator.locate(s.getSubject().getURI())
                    : Optional.empty(), "a spelling from elsewhere is a variant: move it to variants:"));
        }
        findings.sort((a, b) -> a.problem().compareTo(b.problem()));
        return findings;
    }
}
