package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Check 7: a name that holds another resource's name ("Kazakhstan's security services" holds
 * "Kazakhstan", "Defense Minister of Russia" holds "Russia") says that the two are related, and the
 * graph must say how: a triple between them, or a path of two from the named to the one it holds
 * through a named resource ("head of Russia's Airborne Forces" is a post in the Airborne Forces,
 * which are Russia's), or a statement about both whose evidence names the two apart. A
 * deleted {@code ofState}, {@code postIn} or {@code locatedIn} is noticed this way, although the
 * text holds no word more than the name. Relate the two, or name the resource without the other's
 * name (an event's label is the data's own summary, so it can always be reworded); a name the
 * article gives that holds another by etymology only ("Almaty province", which does not hold the
 * city) is a {@code text} entry of the {@code audit:} list, by the whole name, in a part that writes it.
 */
final class NestedNames {

    private NestedNames() {}

    static List<Finding> check(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator,
                               List<Exemption> exemptions, List<Exemption> used) {
        Model doc = graph.model();
        NameIndex names = graph.names();
        Set<Resource> named = new HashSet<>();
        names.byName().values().forEach(named::addAll);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Set<Resource>> entry : names.byName().entrySet()) {
            for (Resource outer : entry.getValue()) {
                Set<RDFNode> near = near(doc, outer, named);
                for (NameIndex.Occurrence inner : names.inside(entry.getKey())) {
                    // a group's words ("member states") are common nouns, not a name that relates the two
                    if (inner.together() || inner.bearers().contains(outer) || !Collections.disjoint(inner.bearers(), near)
                            || aboutBoth(article, graph, placed, outer, inner.bearers())) continue;
                    List<Exemption> naming = exemptions.stream().filter(e -> !e.sentence()
                            && NormalisedText.words(e.text()).equalsIgnoreCase(entry.getKey())).toList();
                    used.addAll(naming);
                    if (!naming.isEmpty()) continue;
                    String bearers = String.join(", ", inner.bearers().stream().map(Names::shown).sorted().toList());
                    findings.add(new Finding(Optional.empty(), "the name \"" + entry.getKey() + "\" of " + Names.shown(outer)
                            + " holds \"" + inner.name() + "\" (" + bearers + "), but the graph relates them in no way",
                            outer.isURIResource() ? locator.locate(outer.getURI()) : Optional.empty(),
                            "add the field that relates them (e.g. ofState, postIn, locatedIn, partOf)"));
                }
            }
        }
        findings.sort((a, b) -> a.problem().compareTo(b.problem()));
        return findings;
    }

    /**
     * The resources one triple away from {@code r} (either way), and those two triples on from it
     * through a named resource ({@code r → x → y}: the post is in the Airborne Forces, which are
     * Russia's). Not back through any other link that points at {@code r}: the mission that assists
     * Kazakhstan's authorities and is hosted by Kazakhstan does not make the authorities Kazakhstan's.
     */
    private static Set<RDFNode> near(Model doc, Resource r, Set<Resource> named) {
        Set<RDFNode> near = neighbours(doc, r);
        for (Statement s : doc.listStatements(r, null, (RDFNode) null).toList()) {
            if (s.getObject().isResource() && named.contains(s.getResource())) {
                doc.listStatements(s.getResource(), null, (RDFNode) null).forEachRemaining(t -> near.add(t.getObject()));
            }
        }
        return near;
    }

    /**
     * Whether one property of one resource has {@code outer} and one of {@code inner} as objects (a
     * statement about both, a list naming both) and that resource's evidence names the two apart:
     * "under their treaty … on CSTO members' territories" relates the CSTO and its treaty, but a
     * quotation about the treaty article and the treaty, which names the treaty only inside "article 4
     * of the Collective Security Treaty", says nothing of them that the article's name does not.
     */
    private static boolean aboutBoth(ArticleText article, EvidenceGraph graph, List<PlacedEvidence> placed,
                                     Resource outer, Set<Resource> inner) {
        Model doc = graph.model();
        for (Statement s : doc.listStatements(null, null, outer).toList()) {
            Resource subject = s.getSubject();
            boolean both = doc.listStatements(subject, s.getPredicate(), (RDFNode) null).toList().stream()
                    .anyMatch(t -> inner.contains(t.getObject()));
            if (!both) continue;
            Set<Resource> namedApart = new HashSet<>();
            for (PlacedEvidence p : placed) {
                if (p.evidence().supports().stream().noneMatch(r -> r.subject().equals(subject))) continue;
                String text = article.parts().get(p.evidence().part());
                graph.names().in(text, p.span()).forEach(o -> namedApart.addAll(o.bearers()));
            }
            if (namedApart.contains(outer) && !Collections.disjoint(namedApart, inner)) return true;
        }
        return false;
    }

    private static Set<RDFNode> neighbours(Model doc, Resource r) {
        Set<RDFNode> out = new HashSet<>();
        for (Statement s : doc.listStatements(r, null, (RDFNode) null).toList()) out.add(s.getObject());
        for (Statement s : doc.listStatements(null, null, r).toList()) out.add(s.getSubject());
        return out;
    }
}
