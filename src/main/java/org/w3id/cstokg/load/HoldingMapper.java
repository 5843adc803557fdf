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
        FactCitations.map(g, h.id(), h.cites(), h.valueCites(), Ids.entity(h.id()), KG.PostHolding, label, h.at(), (r, c) -> {
            Resource holder = g.resource(h.holder());
            Resource post = g.resource(h.post());
            r.addProperty(KG.holder, holder).addProperty(KG.post, post);
            h.rank().ifPresent(rank -> c.stating(c.forKey("rank"), () -> g.text(r, KG.rank, rank)));
            h.asOf().ifPresent(d -> c.stating(c.forKey("asOf"), () -> g.date(r, KG.asOf, d)));
            holder.addProperty(ORG.holds, post);
            post.addProperty(ORG.heldBy, holder);
        });
    }
}
