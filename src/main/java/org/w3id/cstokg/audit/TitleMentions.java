package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 9: a title written before a person's name ("President Alyaksandr Lukashenka", "Defense
 * Minister Sergei Shoigu") states that the person holds a post, so it lies in the evidence of a
 * triple {@code org:holds} of that person, or the {@code audit:} list names its words. A title is
 * the run of capitalised words right before the name whose every word is a word of a post's name or
 * alias, of a rank, or a demonym: the graph's own vocabulary of titles, so "Once Putin" is none.
 * A deleted post holding is noticed this way wherever the article writes the title.
 */
final class TitleMentions {

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s+$");

    private TitleMentions() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed,
                               List<Exemption> exemptions, List<Exemption> used) {
        Model doc = graph.model();
        Set<String> titleWords = titleWords(doc);
        List<Finding> findings = new ArrayList<>();
        article.parts().forEach((part, text) -> {
            for (NameIndex.Occurrence name : graph.names().in(text, new Span(0, text.length()))) {
                List<Resource> persons = name.bearers().stream().filter(b -> doc.contains(b, RDF.type, KG.Person)).toList();
                if (persons.size() != 1) continue;
                Optional<Span> title = title(text, name.span().start(), titleWords);
                if (title.isEmpty()) continue;
                Resource person = persons.get(0);
                Span at = title.get();
                boolean held = placed.stream().anyMatch(p -> p.evidence().part().equals(part) && p.span().contains(at)
                        && p.evidence().supports().stream().anyMatch(r -> r.subject().equals(person) && r.predicate().equals(ORG.holds)
                                && doc.contains(person, ORG.holds, r.object())));
                if (held) continue;
                String words = text.substring(at.start(), at.end());
                if (Exemption.claim(exemptions, part, words, used)) continue;
                findings.add(new Finding(Optional.of(part), "the title \"" + NormalisedText.words(words) + "\" before \""
                        + name.name() + "\" lies in no evidence of a post " + Names.shown(person) + " holds", Optional.empty(),
                        "give the holding (holdings:) evidence words that include the title, or list it under audit: as {para: "
                                + part.cited() + ", text: \"" + NormalisedText.words(words)
                                + "\", reason: ...}"));
            }
        });
        return findings;
    }

    /**
     * The titles written right before a person's name in {@code text} (check 6 knows them as words of
     * the graph; this check asks a holding's evidence for each).
     */
    static List<Span> titles(String text, EvidenceGraph graph) {
        Model doc = graph.model();
        Set<String> titleWords = titleWords(doc);
        List<Span> titles = new ArrayList<>();
        for (NameIndex.Occurrence name : graph.names().in(text, new Span(0, text.length()))) {
            if (name.bearers().stream().filter(b -> doc.contains(b, RDF.type, KG.Person)).count() != 1) continue;
            title(text, name.span().start(), titleWords).ifPresent(titles::add);
        }
        return titles;
    }

    /** Where the ranks of post holdings ({@code kg:rank}, "Colonel General") stand in {@code text}, as whole words, case as written. */
    static List<Span> ranks(String text, Model doc) {
        NormalisedText normal = NormalisedText.of(text);
        List<Span> ranks = new ArrayList<>();
        for (Statement s : doc.listStatements(null, KG.rank, (RDFNode) null).toList()) {
            if (s.getObject().isLiteral()) ranks.addAll(NameIndex.wholeWords(normal, NormalisedText.words(s.getString())));
        }
        return ranks;
    }

    /** The capitalised title words right before {@code end}, every one a title word. */
    private static Optional<Span> title(String text, int end, Set<String> titleWords) {
        int start = end;
        while (true) {
            Matcher m = WORD_BEFORE.matcher(text.substring(0, start));
            if (!m.find() || !titleWords.contains(m.group(1).toLowerCase(Locale.ROOT))) break;
            start = m.start(1);
        }
        if (start == end) return Optional.empty();
        int stop = end;
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) stop--;
        return Optional.of(new Span(start, stop));
    }

    /** The words of the names and aliases of posts, of ranks, and demonyms, in lower case. */
    private static Set<String> titleWords(Model doc) {
        Set<String> words = new HashSet<>();
        for (Resource post : doc.listSubjectsWithProperty(RDF.type, KG.Post).toList()) {
            for (var property : NameIndex.NAMES) {
                post.listProperties(property).forEach(s -> addWords(s, words));
            }
        }
        doc.listStatements(null, KG.rank, (RDFNode) null).forEach(s -> addWords(s, words));
        doc.listStatements(null, KG.demonym, (RDFNode) null).forEach(s -> addWords(s, words));
        return words;
    }

    private static void addWords(Statement s, Set<String> words) {
        if (!s.getObject().isLiteral()) return;
        for (String w : NormalisedText.words(s.getString()).split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) words.add(w.toLowerCase(Locale.ROOT));
        }
    }
}
