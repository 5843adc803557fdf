package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.w3id.cstokg.facts.Holding;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/** {@code holdings} → a {@code kg:PostHolding} plus the shortcuts {@code org:holds} and {@code org:heldBy}. */
final class HoldingMapper {
    private HoldingMapper() {}

    static void map(DocumentGraph g, Holding h) {
        String label = g.index.name(h.holder().id()) + " as " + g.index.name(h.post().id());
        Resource r = g.fact(Ids.entity(h.id()), KG.PostHolding, label, h.at());
        Resource holder = g.resource(h.holder());
        Resource post = g.resource(h.post());
        r.addProperty(KG.holder, holder).addProperty(KG.post, post);
        h.rank().ifPresent(rank -> g.text(r, KG.rank, rank));
        h.asOf().ifPresent(d -> g.date(r, KG.asOf, d));
        holder.addProperty(ORG.holds, post);
        post.addProperty(ORG.heldBy, holder);
        CitationMapper.cite(g, r, h.id(), h.cites());
    }
}
