package org.w3id.cstokg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.audit.ArticlePart;
import org.w3id.cstokg.audit.ArticleText;
import org.w3id.cstokg.audit.Span;
import org.w3id.cstokg.facts.Citation;
import org.w3id.cstokg.facts.CitedPart;
import org.w3id.cstokg.facts.OutletCitation;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * {@code cite} → {@code kg:Citation} nodes, one per cited outlet (or one if none), numbered from 1:
 * the part of the document, the outlet and date, and the evidence words as an
 * {@code oa:TextQuoteSelector} — with an {@code oa:TextPositionSelector} when the build has the
 * article's text and the words stand once in the cited part.
 */
final class CitationMapper {
    private CitationMapper() {}

    /** The citations of a fact with its own identifier, linked from it by {@code kg:citation}. */
    static List<Resource> cite(DocumentGraph g, Resource fact, String factId, List<Citation> cites) {
        List<Resource> nodes = nodes(g, factId, cites, k -> Ids.citation(factId, k));
        nodes.forEach(n -> fact.addProperty(KG.citation, n));
        return nodes;
    }

    /** The citations of a part of a fact, such as its troop count, linked from its node. */
    static List<Resource> cite(DocumentGraph g, Resource node, String factId, String part, List<Citation> cites) {
        List<Resource> nodes = nodes(g, factId + " (" + part + ")", cites, k -> Ids.citation(factId, part, k));
        nodes.forEach(n -> node.addProperty(KG.citation, n));
        return nodes;
    }

    /** Citation nodes numbered by {@code iri}, from the fact's next free number; nothing links to them yet. */
    static List<Resource> nodes(DocumentGraph g, String what, List<Citation> cites, IntFunction<String> iri) {
        List<Resource> nodes = new ArrayList<>();
        g.grounding().stating(List.of(), () -> {
            for (Citation c : cites) {
                List<Optional<OutletCitation>> outlets = c.outlets().isEmpty()
                        ? List.of(Optional.empty()) : c.outlets().stream().map(Optional::of).toList();
                for (Optional<OutletCitation> outlet : outlets) {
                    int k = g.nextCitation(iri.apply(0));
                    Resource node = g.fact(iri.apply(k), KG.Citation, "Citation " + k + " of " + what, c.at());
                    node.addProperty(KG.inPart, part(g, c));
                    outlet.ifPresent(o -> outlet(g, node, o));
                    c.words().ifPresent(words -> evidence(g, node, c, words));
                    nodes.add(node);
                }
            }
        });
        return nodes;
    }

    private static Resource part(DocumentGraph g, Citation c) {
        String doc = g.document.id();
        return g.model.createResource(switch (c.part().kind()) {
            case PARAGRAPH -> Ids.paragraph(doc, c.part().number());
            case CAPTION -> Ids.caption(doc);
            case LINE -> Ids.tableRow(doc, c.part().number());
        });
    }

    private static void outlet(DocumentGraph g, Resource node, OutletCitation o) {
        node.addProperty(KG.citesOutlet, g.resource(o.outlet()));
        o.date().ifPresent(d -> g.date(node, KG.citedDate, d));
        o.accessed().ifPresent(d -> g.date(node, KG.accessedDate, d));
    }

    /** The words as an oa:TextQuoteSelector, and where they stand as an oa:TextPositionSelector if the text is known. */
    private static void evidence(DocumentGraph g, Resource node, Citation c, String words) {
        node.addProperty(OA.hasSource, g.article());
        Resource quote = g.model.createResource(node.getURI() + "/quote").addProperty(RDF.type, OA.TextQuoteSelector);
        quote.addProperty(OA.exact, words);
        node.addProperty(OA.hasSelector, quote);
        articlePart(c.part()).flatMap(p -> g.source().map(text -> text.find(p, words)))
                .filter(found -> found.size() == 1).ifPresent(found -> position(g, node, found.get(0)));
    }

    private static void position(DocumentGraph g, Resource node, Span range) {
        ArticleText text = g.source().orElseThrow();
        Resource position = g.model.createResource(node.getURI() + "/position")
                .addProperty(RDF.type, OA.TextPositionSelector);
        position.addProperty(OA.start, g.model.createTypedLiteral(
                Integer.toString(text.codePointOffset(range.start())), XSDDatatype.XSDnonNegativeInteger));
        position.addProperty(OA.end, g.model.createTypedLiteral(
                Integer.toString(text.codePointOffset(range.end())), XSDDatatype.XSDnonNegativeInteger));
        node.addProperty(OA.hasSelector, position);
    }

    private static Optional<ArticlePart> articlePart(CitedPart part) {
        return switch (part.kind()) {
            case PARAGRAPH -> part.number() >= 1 ? Optional.of(ArticlePart.paragraph(part.number())) : Optional.empty();
            case CAPTION -> Optional.of(ArticlePart.CAPTION);
            case LINE -> Optional.empty();
        };
    }
}
