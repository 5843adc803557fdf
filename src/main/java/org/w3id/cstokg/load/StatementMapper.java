package org.w3id.cstokg.load;

import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Statement;
import org.w3id.cstokg.facts.StatementKind;
import org.w3id.cstokg.facts.Time;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.PROV;

/** {@code statements} → a statement of the kind's class, attributed to its speaker. */
final class StatementMapper {
    private StatementMapper() {}

    static void map(DocumentGraph g, Statement s) {
        FactCitations.map(g, s.id(), s.cites(), s.valueCites(), Ids.entity(s.id()), type(s.kind()), label(g, s), s.at(),
                (r, c) -> {
            c.stating(c.forKey("by"), () -> {
                if (s.byAuthor()) r.addProperty(PROV.wasAttributedTo, g.model.createResource(Ids.author(g.document.id())));
                s.by().ifPresent(by -> r.addProperty(PROV.wasAttributedTo, g.resource(by)));
            });
            c.stating(c.forAnyKey(Time.KEYS), () -> TimeMapper.time(g, r, s.id(), s.time(), s.at()));
            s.quote().ifPresent(q -> c.stating(c.forKey("quote"), () -> g.text(r, KG.quote, q)));
            s.content().ifPresent(t -> c.stating(c.forKey("content"), () -> g.text(r, KG.content, t)));
            s.about().forEach(a -> c.stating(c.forItem("about", a.id()), () -> r.addProperty(KG.about, g.resource(a))));
        });
    }

    /** A label from the statement's kind, speaker and first subject, such as "Quotation by Vladimir Putin about …". */
    private static String label(DocumentGraph g, Statement s) {
        String by = s.byAuthor() ? " by the author" : s.by().map(r -> " by " + g.index.name(r.id())).orElse("");
        String about = s.about().isEmpty() ? "" : " about " + g.index.name(s.about().get(0).id());
        return kindLabel(s.kind()) + by + about + " (" + s.id() + ")";
    }

    private static String kindLabel(StatementKind kind) {
        return switch (kind) {
            case QUOTATION -> "Quotation";
            case CLAIM -> "Claim";
            case POSITION -> "Position";
            case RULE -> "Rule of engagement";
            case ASSESSMENT -> "Assessment";
        };
    }

    static Resource type(StatementKind kind) {
        return switch (kind) {
            case QUOTATION -> KG.Quotation;
            case CLAIM -> KG.Claim;
            case POSITION -> KG.Position;
            case RULE -> KG.RuleOfEngagement;
            case ASSESSMENT -> KG.Assessment;
        };
    }
}
