package org.w3id.cstokg.load;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Citation;
import org.w3id.cstokg.facts.OutletCitation;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code cite} → {@code kg:Citation} nodes, one per cited outlet (or one if none), numbered from 1. */
final class CitationMapper {
    private CitationMapper() {}

    /** The citations of a fact with its own identifier. */
    static void cite(DocumentGraph g, Resource fact, String factId, List<Citation> cites) {
        cite(g, fact, factId, cites, k -> Ids.citation(factId, k));
    }

    /** The citations of a part of a fact, such as its troop count. */
    static void cite(DocumentGraph g, Resource node, String factId, String part, List<Citation> cites) {
        cite(g, node, factId + " (" + part + ")", cites, k -> Ids.citation(factId, part, k));
    }

    private static void cite(DocumentGraph g, Resource fact, String what, List<Citation> cites, IntFunction<String> iri) {
        int k = 0;
        for (Citation c : cites) {
            List<Optional<OutletCitation>> outlets = c.outlets().isEmpty()
                    ? List.of(Optional.empty()) : c.outlets().stream().map(Optional::of).toList();
            for (Optional<OutletCitation> outlet : outlets) {
                k++;
                Resource node = g.fact(iri.apply(k), KG.Citation, "Citation " + k + " of " + what, c.at());
                node.addProperty(KG.inPart, part(g, c));
                outlet.ifPresent(o -> outlet(g, node, o));
                fact.addProperty(KG.citation, node);
            }
        }
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
}
