package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * The {@code kg:Article} whose text is audited: its identifier and the year of its
 * {@code dcterms:issued}, the year of the dates it writes without one.
 */
public record AuditedDocument(String id, int year) {

    /** The article's IRI. */
    public String iri() {
        return Ids.entity(id);
    }

    /**
     * The article {@code id} in {@code model}, or, when {@code id} is empty, the only article there.
     *
     * @throws AuditInputException if there is no such article, several to choose from, or no issue date
     */
    public static AuditedDocument in(Model model, Optional<String> id) {
        String iri = id.map(d -> d.startsWith(Ids.NS) ? d : Ids.entity(d)).orElseGet(() -> onlyArticle(model));
        Resource article = model.createResource(iri);
        if (!model.contains(article, RDF.type, KG.Article)) {
            throw new AuditInputException("the graph has no kg:Article <" + iri + ">");
        }
        Statement issued = article.getProperty(DCTerms.issued);
        if (issued == null || !issued.getObject().isLiteral()) {
            throw new AuditInputException("the graph gives no dcterms:issued date for <" + iri + ">");
        }
        return new AuditedDocument(iri.substring(Ids.NS.length()), year(iri, issued.getString()));
    }

    private static String onlyArticle(Model model) {
        List<String> articles = model.listSubjectsWithProperty(RDF.type, KG.Article)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Ids.NS))
                .mapWith(r -> r.getURI().substring(Ids.NS.length())).toList();
        if (articles.size() != 1) {
            throw new AuditInputException("the graph has " + articles.size()
                    + " articles; name the audited one with --document ID, one of " + String.join(", ", articles));
        }
        return Ids.entity(articles.get(0));
    }

    private static int year(String iri, String issued) {
        try {
            return LocalDate.parse(issued, DateTimeFormatter.ISO_DATE).getYear();
        } catch (DateTimeParseException e) {
            throw new AuditInputException("dcterms:issued of <" + iri + "> is not a date: \"" + issued + "\"");
        }
    }
}
