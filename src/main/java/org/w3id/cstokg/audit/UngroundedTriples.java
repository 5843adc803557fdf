package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;

/**
 * Check 2: every asserted triple (every reifier) has at least one citation with evidence words.
 * Triples of one fact that cite the same parts without words are reported together.
 */
final class UngroundedTriples {

    private UngroundedTriples() {}

    static List<Finding> check(EvidenceGraph graph, FactLocator locator) {
        Map<String, Evidence> byIri = new HashMap<>();
        graph.evidence().forEach(e -> byIri.putIfAbsent(e.iri(), e));
        Map<List<String>, List<Reifier>> wordless = new LinkedHashMap<>();
        for (Reifier r : graph.reifiers()) {
            List<String> citations = r.citations().stream().map(Resource::toString).sorted().toList();
            boolean grounded = citations.stream().map(byIri::get)
                    .anyMatch(e -> e != null && e.words().filter(w -> !w.isBlank()).isPresent());
            if (!grounded) wordless.computeIfAbsent(citations, c -> new ArrayList<>()).add(r);
        }
        List<Finding> findings = new ArrayList<>();
        wordless.forEach((citations, reifiers) -> findings.add(finding(citations, reifiers, byIri, locator)));
        return findings;
    }

    private static Finding finding(List<String> citations, List<Reifier> reifiers, Map<String, Evidence> byIri,
                                   FactLocator locator) {
        Optional<Evidence> first = citations.stream().map(byIri::get).filter(e -> e != null).findFirst();
        String fact = first.map(Evidence::fact).orElse(Names.shown(reifiers.get(0).subject()));
        Set<String> predicates = new TreeSet<>();
        reifiers.forEach(r -> predicates.add(Names.shown(r.predicate())));
        String triples = reifiers.size() == 1 ? "the triple " + reifiers.get(0).triple()
                : reifiers.size() + " triples (" + String.join(", ", predicates) + ")";
        if (citations.isEmpty()) {
            return new Finding(Optional.empty(), fact + ": " + triples + " cite nothing",
                    locator.locate(reifiers.get(0).subject().toString()), "cite the words that state it");
        }
        String part = first.map(e -> e.part().cited()).orElse("N");
        return new Finding(first.map(Evidence::part), fact + ": " + triples + " cite without evidence words",
                first.map(locator::ofCitation).orElse(Optional.empty()),
                "write the cite as \"" + part + ": <the article's words that state it>\"");
    }
}
