package org.w3id.cstokg.linkeddata;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * One {@code kg:Citation} as a page shows it beside a value: the part it cites ({@code kg:inPart}),
 * the words that state the value ({@code oa:exact}), where they are in the text
 * ({@code oa:start}/{@code oa:end}), the outlet and date the article gives, and the document.
 */
record Evidence(Resource citation, Optional<Resource> part, Optional<String> words, Optional<Span> span,
                Optional<Resource> outlet, Optional<String> date, Optional<Resource> document) {

    /** The evidence of a citation node of a model that holds its selectors and its part. */
    static Evidence of(Resource citation) {
        Optional<Resource> part = Optional.ofNullable(citation.getPropertyResourceValue(KG.inPart));
        Optional<Resource> document = Optional.ofNullable(citation.getPropertyResourceValue(OA.hasSource))
                .or(() -> part.map(p -> p.getPropertyResourceValue(DCTerms.isPartOf)));
        Optional<String> words = Optional.empty();
        Optional<Span> span = Optional.empty();
        for (Statement s : citation.listProperties(OA.hasSelector).toList()) {
            if (!s.getObject().isResource()) continue;
            Resource selector = s.getResource();
            if (selector.hasProperty(OA.exact)) words = Optional.of(selector.getProperty(OA.exact).getString());
            span = span.or(() -> position(selector));
        }
        return new Evidence(citation, part, words, span,
                Optional.ofNullable(citation.getPropertyResourceValue(KG.citesOutlet)),
                Optional.ofNullable(citation.getProperty(KG.citedDate)).map(d -> d.getLiteral().getLexicalForm()),
                document);
    }

    private static Optional<Span> position(Resource selector) {
        Statement start = selector.getProperty(OA.start);
        Statement end = selector.getProperty(OA.end);
        if (start == null || end == null || !start.getObject().isLiteral() || !end.getObject().isLiteral())
            return Optional.empty();
        try {
            return Optional.of(new Span(start.getInt(), end.getInt()));
        } catch (RuntimeException notOffsets) {
            return Optional.empty();
        }
    }

    /** How a note names the part: {@code ¶8}, {@code caption}, {@code line 3}, else the part's label. */
    String partName() {
        if (part.isEmpty()) return "";
        Resource p = part.get();
        if (p.hasProperty(KG.paragraphNumber)) return "\u00b6" + p.getProperty(KG.paragraphNumber).getLiteral().getLexicalForm();
        if (p.hasProperty(KG.lineNumber)) return "line " + p.getProperty(KG.lineNumber).getLiteral().getLexicalForm();
        if (p.hasProperty(RDF.type, KG.Caption)) return "caption";
        return HtmlDescription.label(p);
    }
}
