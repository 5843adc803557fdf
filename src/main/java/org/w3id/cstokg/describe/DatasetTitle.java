package org.w3id.cstokg.describe;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.KG;

/**
 * The dataset's title and description, made from the articles it holds (their {@code document}
 * headers, as mapped): each article's title, and its outlet, volume, issue and date.
 * Usage: {@code DatasetTitle.of(dataset.asDatasetGraph()).title()}, in a read transaction.
 */
record DatasetTitle(String title, String description) {
    static final String NAME = "csto-kg";
    private static final String EACH = ", each with the part of its source it comes from.";

    /** The title and description of the articles in {@code dsg}; the caller holds a read transaction. */
    static DatasetTitle of(DatasetGraph dsg) {
        List<Article> articles = dsg.stream(Node.ANY, Node.ANY, RDF.type.asNode(), KG.Article.asNode())
                .map(Quad::getSubject).filter(Node::isURI).distinct().map(a -> Article.of(dsg, a))
                .sorted(Comparator.comparing(Article::issued).thenComparing(Article::iri)).toList();
        if (articles.isEmpty())
            return new DatasetTitle(NAME, "A knowledge graph of the facts stated by its source articles (none yet)" + EACH);
        String title = articles.size() == 1 ? NAME + ": " + articles.get(0).title()
                : NAME + ": the facts stated by " + articles.size() + " articles";
        return new DatasetTitle(title, "A knowledge graph of the facts stated by "
                + articles.stream().map(Article::source).collect(Collectors.joining("; ")) + EACH);
    }

    /** One article's header: {@code Eurasia Daily Monitor 19/2 (2022-01-19), "Title"}. */
    private record Article(String iri, String title, String outlet, String number, String issued) {
        static Article of(DatasetGraph dsg, Node article) {
            String outlet = object(dsg, article, KG.publishedIn.asNode())
                    .flatMap(o -> object(dsg, o, RDFS.label.asNode())).map(Node::getLiteralLexicalForm).orElse("");
            String volume = lexical(dsg, article, KG.volume.asNode());
            String issue = lexical(dsg, article, KG.issue.asNode());
            String number = volume.isEmpty() ? "" : issue.isEmpty() ? volume : volume + "/" + issue;
            return new Article(article.getURI(), lexical(dsg, article, DCTerms.title.asNode()), outlet, number,
                    lexical(dsg, article, DCTerms.issued.asNode()));
        }

        /** {@code Outlet 19/2 (2022-01-19), "Title"}; without an outlet, {@code "Title" (2022-01-19)}. */
        String source() {
            String when = issued.isEmpty() ? "" : " (" + issued + ")";
            if (outlet.isEmpty()) return "\"" + title + "\"" + when;
            return outlet + (number.isEmpty() ? "" : " " + number) + when + ", \"" + title + "\"";
        }
    }

    private static Optional<Node> object(DatasetGraph dsg, Node subject, Node property) {
        return dsg.stream(Node.ANY, subject, property, Node.ANY).map(Quad::getObject).findFirst();
    }

    private static String lexical(DatasetGraph dsg, Node subject, Node property) {
        return object(dsg, subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }
}
