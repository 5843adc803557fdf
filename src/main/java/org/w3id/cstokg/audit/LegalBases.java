package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.cstokg.vocab.KG;

/**
 * Check 18: a legal basis is a decision's. What a decision authorizes ({@code kg:authorizedBy}) rests
 * on the decision's legal basis ({@code kg:legalBasis}), so it has that basis too; and a basis of an
 * event whose words lie in a decision's words with that basis ("has, in accordance with article 4 …,
 * decided to send") is the decision's, so the event is authorized by it. The article writes the basis
 * once, in the decision's words, so without this check the mission's deleted {@code legalBasis} or
 * {@code authorizedBy} went unnoticed, the decision's evidence holding the same words.
 */
final class LegalBases {

    private LegalBases() {}

    static List<Finding> check(EvidenceGraph graph, List<PlacedEvidence> placed, FactLocator locator) {
        Model doc = graph.model();
        List<Finding> findings = new ArrayList<>();
        for (Statement authorized : doc.listStatements(null, KG.authorizedBy, (RDFNode) null).toList()) {
            if (!authorized.getObject().isResource()) continue;
            Resource event = authorized.getSubject();
            Resource decision = authorized.getResource();
            for (RDFNode basis : doc.listObjectsOfProperty(decision, KG.legalBasis).toList()) {
                if (doc.contains(event, KG.legalBasis, basis)) continue;
                Optional<PlacedEvidence> at = placed.stream().filter(p -> p.evidence().supports().stream().anyMatch(r ->
                        r.subject().equals(event) && r.predicate().equals(KG.authorizedBy) && r.object().equals(decision))).findFirst();
                findings.add(new Finding(at.map(p -> p.evidence().part()), Names.shown(event) + " is authorized by " + Names.shown(decision)
                        + ", taken in accordance with " + Names.shown(basis) + ", but has no such legalBasis", at.flatMap(p -> locator.ofCitation(p.evidence())),
                        "give it legalBasis: " + Names.shown(basis) + " (what a decision authorizes rests on its basis)"));
            }
        }
        for (PlacedEvidence p : placed) {
            for (Reifier r : p.evidence().supports()) {
                if (!r.predicate().equals(KG.legalBasis)) continue;
                for (PlacedEvidence d : placed) {
                    if (!d.evidence().part().equals(p.evidence().part()) || !d.span().contains(p.span())) continue;
                    for (Resource decision : d.subjects(s -> !s.equals(r.subject()) && doc.contains(s, KG.legalBasis, r.object())
                            && d.evidence().supports().stream().anyMatch(x -> x.subject().equals(s) && x.predicate().equals(KG.legalBasis)))) {
                        if (doc.contains(r.subject(), KG.authorizedBy, decision)) continue;
                        findings.add(new Finding(Optional.of(p.evidence().part()), "the legal basis " + Names.shown(r.object()) + " of "
                                + Names.shown(r.subject()) + " lies in " + d.evidence().described() + ", whose basis it is, but "
                                + Names.shown(r.subject()) + " is not authorized by " + Names.shown(decision), locator.ofCitation(p.evidence()),
                                "give it authorizedBy: " + Names.shown(decision) + ", or cite words of its own basis"));
                    }
                }
            }
        }
        return findings.stream().distinct().toList();
    }
}
