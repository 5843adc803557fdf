package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

/**
 * Where the article names a thing by words that are none of its names: the evidence of the
 * declaration of an entity or a concept (a citation whose triples are all the thing's, its type
 * among them; not an event or a statement, which the article reports rather than names) whose words
 * hold no name of it — "drawn from airborne" of the unit type "airborne troops", "security services
 * and military to launch" of the "Military of Kazakhstan". Check 5 reads those words as it reads a
 * name: evidence of another fact that holds them must have the thing among its triples (a post, or
 * a holder of it: a title before a name, "Defense Minister Sergei Shoigu"). So a deleted list item
 * whose words name the thing only there ("drawn from airborne, air assault, and spetsnaz (special
 * forces) units") is noticed; before, the thing's own declaration covered the words.
 */
final class UnnamedDeclarations {

    /** The words of {@code declared}'s own evidence {@code own}, which name it by none of its names. */
    record Mention(Resource declared, PlacedEvidence own) {

        Span span() {
            return own.span();
        }

        /** Whether {@code nodes} (what an evidence accounts for) have the declared thing, or a holder of it if a post. */
        boolean accountedBy(Set<RDFNode> nodes) {
            return nodes.contains(declared)
                    || declared.getModel().listSubjectsWithProperty(ORG.holds, declared).toList().stream().anyMatch(nodes::contains);
        }
    }

    private UnnamedDeclarations() {}

    /** The declarations of {@code graph} whose placed words hold none of the declared thing's names. */
    static List<Mention> of(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed) {
        List<Mention> found = new ArrayList<>();
        for (PlacedEvidence p : placed) {
            Set<Resource> subjects = p.subjects(r -> true);
            if (subjects.size() != 1) continue;
            Resource declared = subjects.iterator().next();
            if (graph.isEvent(declared) || graph.isStatement(declared)
                    || p.evidence().supports().stream().noneMatch(r -> r.predicate().equals(RDF.type))) continue;
            String text = article.parts().get(p.evidence().part());
            boolean named = graph.names().in(text, p.span()).stream().anyMatch(o -> o.bearers().contains(declared));
            if (!named) found.add(new Mention(declared, p));
        }
        return found;
    }

    /** Whether {@code p}'s triples are all {@code thing}'s (its own evidence, not another fact's). */
    static boolean own(PlacedEvidence p, Resource thing) {
        return p.evidence().supports().stream().allMatch(t -> t.subject().equals(thing));
    }
}
