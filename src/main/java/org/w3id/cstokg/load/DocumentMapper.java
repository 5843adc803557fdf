package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code document} → the {@code kg:Article}, its unnamed author, its paragraphs and its caption; or the {@code kg:Table} and its rows. */
final class DocumentMapper {
    private DocumentMapper() {}

    static void map(DocumentGraph g) {
        if (g.document.isTable()) table(g);
        else article(g);
    }

    private static void table(DocumentGraph g) {
        Document d = g.document;
        Resource table = g.node(Ids.entity(d.id()), KG.Table, d.at());
        g.text(table, DCTerms.title, d.title());
        g.text(table, RDFS.label, d.title());
        g.integer(table, KG.lineCount, d.lines());
        d.stated().forEach(s -> DeclaredFactMapper.uncited(g, table, s));
        for (int n = 1; n <= d.lines(); n++) {
            Resource row = part(g, Ids.tableRow(d.id(), n), KG.TableRow, "Line " + n + " of \"" + d.title() + "\"");
            g.integer(row, KG.lineNumber, n);
        }
    }

    private static void article(DocumentGraph g) {
        Document d = g.document;
        Resource article = g.node(Ids.entity(d.id()), KG.Article, d.at());
        g.text(article, DCTerms.title, d.title());
        g.text(article, RDFS.label, d.title());
        d.outlet().ifPresent(o -> article.addProperty(KG.publishedIn, g.resource(o)));
        d.stated().forEach(s -> DeclaredFactMapper.uncited(g, article, s));
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
