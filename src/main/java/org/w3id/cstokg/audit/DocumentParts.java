package org.w3id.cstokg.audit;

import java.util.ArrayList;
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
 * Which parts of the audited article a citation is {@code kg:inPart}: a {@code kg:Paragraph} by its
 * number, or the {@code kg:Caption}, each of the article by {@code dcterms:isPartOf} or by the IRI
 * the loader gives it. Parts of other documents are none of the audit's business.
 */
final class DocumentParts {

    private final Model model;
    private final AuditedDocument document;

    DocumentParts(Model model, AuditedDocument document) {
        this.model = model;
        this.document = document;
    }

    List<ArticlePart> of(Resource citation) {
        List<ArticlePart> parts = new ArrayList<>();
        for (Resource part : CitedSources.objects(citation, KG.inPart)) {
            paragraphNumber(part).map(ArticlePart::paragraph).ifPresent(parts::add);
            if (part.hasProperty(RDF.type, KG.Caption) && belongs(part, Ids.caption(document.id()))) {
                parts.add(ArticlePart.CAPTION);
            }
        }
        return parts;
    }

    private Optional<Integer> paragraphNumber(Resource part) {
        Statement number = part.getProperty(KG.paragraphNumber);
        if (number == null || !number.getObject().isLiteral()) {
            return Optional.empty();
        }
        try {
            int n = number.getInt();
            return n >= 1 && belongs(part, Ids.paragraph(document.id(), n)) ? Optional.of(n) : Optional.empty();
        } catch (RuntimeException notAnInteger) {
            return Optional.empty();
        }
    }

    private boolean belongs(Resource part, String expectedIri) {
        return part.hasProperty(DCTerms.isPartOf, model.createResource(document.iri()))
                || (part.isURIResource() && part.getURI().equals(expectedIri));
    }
}
