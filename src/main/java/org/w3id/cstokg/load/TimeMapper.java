package org.w3id.cstokg.load;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.facts.Time;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TIME;

/** A time → {@code kg:date} and friends, and an OWL-Time instant or interval at {@code id/FACT/time}. */
final class TimeMapper {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private TimeMapper() {}

    static void time(DocumentGraph g, Resource fact, String factId, Time t, Location at) {
        t.date().ifPresent(d -> {
            g.date(fact, KG.date, d);
            instant(g, fact, Ids.part(factId, "time"), d, at, true);
        });
        t.instant().ifPresent(i -> stamp(g, fact, factId, i, t, at));
        t.start().ifPresent(s -> interval(g, fact, factId, t, at));
        t.notLaterThan().ifPresent(d -> g.date(fact, KG.notLaterThan, d));
        t.undated().ifPresent(u -> g.plain(fact, KG.dateUnstated, u));
        t.partOfDay().ifPresent(p -> g.plain(fact, KG.partOfDay, p));
        t.after().ifPresent(a -> {
            fact.addProperty(KG.after, g.resource(a.event()));
            a.delay().ifPresent(d -> g.duration(fact, KG.delay, d));
            a.within().ifPresent(d -> g.duration(fact, KG.maxDelay, d));
        });
    }

    private static Resource instant(DocumentGraph g, Resource owner, String iri, LocalDate d, Location at, boolean top) {
        Resource node = g.node(iri, TIME.Instant, at);
        g.date(node, TIME.inXSDDate, d);
        if (top) owner.addProperty(TIME.hasTime, node);
        return node;
    }

    private static void stamp(DocumentGraph g, Resource fact, String factId, OffsetDateTime i, Time t, Location at) {
        Resource node = g.node(Ids.part(factId, "time"), TIME.Instant, at);
        g.typed(node, TIME.inXSDDateTimeStamp, STAMP.format(i), XSDDatatype.XSDdateTimeStamp);
        t.timeZone().ifPresent(z -> g.plain(node, TIME.timeZone, z));
        fact.addProperty(TIME.hasTime, node);
        g.date(fact, KG.date, i.toLocalDate());
        g.typed(fact, KG.utc, STAMP.format(i.withOffsetSameInstant(ZoneOffset.UTC)), XSDDatatype.XSDdateTime);
    }

    private static void interval(DocumentGraph g, Resource fact, String factId, Time t, Location at) {
        Resource node = g.node(Ids.part(factId, "time"), TIME.Interval, at);
        fact.addProperty(TIME.hasTime, node);
        node.addProperty(TIME.hasBeginning, instant(g, node, Ids.part(factId, "time/start"), t.start().get(), at, false));
        t.end().ifPresent(e -> node.addProperty(TIME.hasEnd, instant(g, node, Ids.part(factId, "time/end"), e, at, false)));
        g.date(fact, KG.date, t.start().get());
    }
}
