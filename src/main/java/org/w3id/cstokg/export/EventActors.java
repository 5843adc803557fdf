package org.w3id.cstokg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The actors of an event as ACLED lays them out: actor 1 is the first (by name) of those who carried
 * it out ({@code kg:agent}, {@code kg:organizedBy}, {@code kg:decidedBy}) or, if none is named, of its
 * participants, the others of that group its associated actors; actor 2 is the first recipient.
 */
record EventActors(List<Resource> side1, List<Resource> side2) {
    static EventActors of(Resource e) {
        List<Resource> doers = new ArrayList<>();
        for (var p : List.of(KG.agent, KG.organizedBy, KG.decidedBy)) doers.addAll(EventRow.sortedObjects(e, p));
        doers = doers.stream().distinct().sorted((a, b) -> EventRow.label(a).compareTo(EventRow.label(b))).toList();
        List<Resource> side1 = doers.isEmpty() ? EventRow.sortedObjects(e, KG.participant) : doers;
        return new EventActors(side1, EventRow.sortedObjects(e, KG.recipient));
    }

    /** actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction. */
    List<String> acledValues() {
        String inter1 = inter(side1), inter2 = inter(side2);
        return List.of(name(side1), associated(side1), inter1, name(side2), associated(side2), inter2,
                interaction(inter1, inter2));
    }

    String cameo1() { return cameo(side1); }

    String cameo2() { return cameo(side2); }

    /** ACLED's interaction code: the two actor types, lower first; a lone actor's type followed by 0. */
    static String interaction(String inter1, String inter2) {
        if (inter1.isEmpty()) return "";
        if (inter2.isEmpty()) return inter1 + "0";
        return inter1.compareTo(inter2) <= 0 ? inter1 + inter2 : inter2 + inter1;
    }

    private static String name(List<Resource> side) { return side.isEmpty() ? "" : EventRow.label(side.get(0)); }

    private static String associated(List<Resource> side) {
        return side.stream().skip(1).map(EventRow::label).collect(Collectors.joining("; "));
    }

    private static String inter(List<Resource> side) {
        Resource type = side.isEmpty() ? null : side.get(0).getPropertyResourceValue(KG.acledActorType);
        return type == null ? "" : type.getProperty(SKOS.notation).getString();
    }

    private static String cameo(List<Resource> side) {
        Statement code = side.isEmpty() ? null : side.get(0).getProperty(KG.cameoActorCode);
        return code == null ? "" : code.getString();
    }
}
