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
 * graph must say how: a triple between them, or between each and one named resource in between
 * ("head of Russia's Airborne Forces" is a post in the Airborne Forces, which are Russia's). A
 * deleted {@code ofState}, {@code postIn} or {@code locatedIn} is noticed this way, although the
 * text holds no word more than the name. There is no exemption: relate the two, or name the
 * resource without the other's name (an event's label is the data's own summary, so it can always
 * be reworded).
 */
final class NestedNames {

    private NestedNames() {}

    static List<Finding> check(EvidenceGraph graph, FactLocator locator) {
        Model doc = graph.model();
        NameIndex names = graph.names();
        Set<Resource> named = new HashSet<>();
        names.byName().values().forEach(named::addAll);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Set<Resource>> entry : names.byName().entrySet()) {
            for (Resource outer : entry.getValue()) {
                Set<RDFNode> near = near(doc, outer, named);
                for (NameIndex.Occurrence inner : names.inside(entry.getKey())) {
                    if (inner.bearers().contains(outer) || !Collections.disjoint(inner.bearers(), near)) continue;
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

    /** The resources one triple away from {@code r}, and those one more triple away through a named resource. */
    private static Set<RDFNode> near(Model doc, Resource r, Set<Resource> named) {
        Set<RDFNode> one = neighbours(doc, r);
        Set<RDFNode> two = new HashSet<>(one);
        for (RDFNode n : one) {
            if (n.isResource() && named.contains(n.asResource())) two.addAll(neighbours(doc, n.asResource()));
        }
        return two;
    }

    private static Set<RDFNode> neighbours(Model doc, Resource r) {
        Set<RDFNode> out = new HashSet<>();
        for (Statement s : doc.listStatements(r, null, (RDFNode) null).toList()) out.add(s.getObject());
        for (Statement s : doc.listStatements(null, null, r).toList()) out.add(s.getSubject());
        return out;
    }
}
