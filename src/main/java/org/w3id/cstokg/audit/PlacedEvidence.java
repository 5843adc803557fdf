package org.w3id.cstokg.audit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Resource;

/** Evidence whose words were found at exactly one place of the part it cites. */
public record PlacedEvidence(Evidence evidence, Span span) {

    /** Whether {@code other} is the same words at the same place (another fact's, or another outlet's citation of them). */
    boolean samePlace(PlacedEvidence other) {
        return evidence.part().equals(other.evidence().part()) && span.equals(other.span());
    }

    /** The subjects of the triples this evidence supports that pass {@code keep}, in order, once each. */
    Set<Resource> subjects(Predicate<Resource> keep) {
        Set<Resource> subjects = new LinkedHashSet<>();
        for (Reifier r : evidence.supports()) {
            if (keep.test(r.subject())) subjects.add(r.subject());
        }
        return subjects;
    }
}
