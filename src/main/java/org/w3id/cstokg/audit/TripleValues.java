package org.w3id.cstokg.audit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TIME;

/**
 * What an asserted triple states, for matching the article: its object's typed literal, or the
 * typed literals on the object's own nodes (a blank node, or an IRI {@code <subject>/…} such as a
 * quantity or a time). Derived values ({@code kg:utc}, computed from a local time) state nothing;
 * the literals of {@code kg:quote}, {@code kg:missionLabel} and {@code kg:describedAs} are also
 * the article's own wording.
 */
final class TripleValues {

    static final Set<Property> WORDING = Set.of(KG.quote, KG.missionLabel, KG.describedAs);
    private static final Set<Property> DERIVED = Set.of(KG.utc);

    private TripleValues() {}

    /** Adds what {@code reifier}'s triple states to {@code values}. */
    static void read(Reifier reifier, StatedValues values) {
        literal(reifier.subject(), reifier.predicate(), reifier.object(), values);
        if (reifier.object().isResource() && isOwnNode(reifier.subject(), reifier.object().asResource())) {
            collect(reifier.subject(), reifier.object().asResource(), values, new HashSet<>());
        }
    }

    /**
     * A list stated by one evidence states its size: "the four non-Russian contingents" is four
     * participants, so the number is matched by the list, and a list that lost an item no longer
     * matches it. Counted per subject and property, over the resources the evidence's triples link.
     */
    static void listSizes(List<Reifier> supported, StatedValues values) {
        Map<List<RDFNode>, Set<RDFNode>> lists = new HashMap<>();
        for (Reifier r : supported) {
            if (r.object().isResource() && !r.predicate().equals(RDF.type)) {
                lists.computeIfAbsent(List.of(r.subject(), r.predicate()), k -> new HashSet<>()).add(r.object());
            }
        }
        lists.values().stream().filter(objects -> objects.size() > 1)
                .forEach(objects -> values.addNumber(BigDecimal.valueOf(objects.size())));
    }

    private static void literal(Resource subject, Property predicate, RDFNode object, StatedValues values) {
        if (!object.isLiteral() || DERIVED.contains(predicate)) return;
        Statement zone = subject.getProperty(TIME.timeZone);
        Optional<String> zoneWords = zone != null && zone.getObject().isLiteral() ? Optional.of(zone.getString()) : Optional.empty();
        LiteralValues.read(object.asLiteral(), Hedge.of(subject), zoneWords, values);
        if (WORDING.contains(predicate)) values.addWording(object.asLiteral().getLexicalForm());
    }

    private static void collect(Resource owner, Resource node, StatedValues values, Set<Resource> seen) {
        if (!seen.add(node)) return;
        for (Statement s : node.listProperties().toList()) {
            if (s.getPredicate().equals(KG.citation)) continue;
            literal(node, s.getPredicate(), s.getObject(), values);
            if (s.getObject().isResource() && isOwnNode(owner, s.getResource())) {
                collect(owner, s.getResource(), values, seen);
            }
        }
    }

    /** A node that belongs to {@code owner}: a blank node, or an IRI under the owner's. */
    static boolean isOwnNode(Resource owner, Resource node) {
        return node.isAnon() || (owner.isURIResource() && node.isURIResource()
                && node.getURI().startsWith(owner.getURI() + "/"));
    }
}
