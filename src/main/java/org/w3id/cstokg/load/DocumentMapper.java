package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code document} → the {@code kg:Article}, its unnamed author, its paragraphs and its caption. */
final class DocumentMapper {
    private DocumentMapper() {}

    static void map(DocumentGraph g) {
        Document d = g.document;
        Resource article = g.node(Ids.entity(d.id()), KG.Article, d.at());
        g.text(article, DCTerms.title, d.title());
        g.text(article, RDFS.label, d.title());
        article.addProperty(KG.publishedIn, g.resource(d.outlet()));
        d.volume().ifPresent(v -> g.integer(article, KG.volume, v));
        d.issue().ifPresent(v -> g.integer(article, KG.issue, v));
        d.published().ifPresent(p -> g.date(article, DCTerms.issued, p));
        d.url().ifPresent(u -> article.addProperty(SchemaDO.url, g.model.createResource(u)));
        g.integer(article, KG.paragraphCount, d.paragraphs());
        Resource author = g.node(Ids.author(d.id()), KG.Person, d.at());
        g.text(author, RDFS.label, "Author of \"" + d.title() + "\" (not named in the text)");
        article.addProperty(DCTerms.creator, author);
        for (int n = 1; n <= d.paragraphs(); n++) {
            Resource p = part(g, Ids.paragraph(d.id(), n), KG.Paragraph, "Paragraph " + n + " of \"" + d.title() + "\"");
            g.integer(p, KG.paragraphNumber, n);
        }
        part(g, Ids.caption(d.id()), KG.Caption, "Photo caption of \"" + d.title() + "\"");
    }

    private static Resource part(DocumentGraph g, String iri, Resource type, String label) {
        Resource r = g.node(iri, type, g.document.at());
        g.text(r, RDFS.label, label);
        r.addProperty(DCTerms.isPartOf, g.article());
        return r;
    }
}
