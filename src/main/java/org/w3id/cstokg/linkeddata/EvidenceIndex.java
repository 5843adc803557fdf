package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;

/**
 * The evidence of the triples of a model, read from their {@code rdf:Statement} reifiers
 * ({@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object}, {@code kg:citation}): which
 * citations state a triple, and which triples a citation states.
 */
final class EvidenceIndex {
    private static final Comparator<Evidence> ORDER = Comparator
            .comparing((Evidence e) -> e.span().map(Span::start).orElse(Integer.MAX_VALUE))
            .thenComparing(e -> e.citation().toString());

    private final Map<Triple, List<Evidence>> byTriple = new LinkedHashMap<>();
    private final Map<Resource, List<Statement>> byCitation = new LinkedHashMap<>();

    private EvidenceIndex() {}

    /** The index of the reifiers in {@code model}, which also holds their citations, selectors and parts. */
    static EvidenceIndex of(Model model) {
        EvidenceIndex index = new EvidenceIndex();
        for (Resource reifier : model.listSubjectsWithProperty(RDF.subject).toList()) {
            Statement stated = stated(model, reifier);
            if (stated == null) continue;
            for (RDFNode citation : model.listObjectsOfProperty(reifier, KG.citation).toList()) {
                if (!citation.isResource()) continue;
                index.byTriple.computeIfAbsent(stated.asTriple(), t -> new ArrayList<>()).add(Evidence.of(citation.asResource()));
                index.byCitation.computeIfAbsent(citation.asResource(), c -> new ArrayList<>()).add(stated);
            }
        }
        index.byTriple.values().forEach(list -> list.sort(ORDER));
        return index;
    }

    private static Statement stated(Model model, Resource reifier) {
        Resource s = reifier.getPropertyResourceValue(RDF.subject);
        Resource p = reifier.getPropertyResourceValue(RDF.predicate);
        Statement o = reifier.getProperty(RDF.object);
        if (s == null || p == null || o == null || !p.isURIResource()) return null;
        return model.createStatement(s, model.createProperty(p.getURI()), o.getObject());
    }

    /** The evidence of one triple, in text order; empty when it has no reifier. */
    List<Evidence> of(Statement statement) {
        return byTriple.getOrDefault(statement.asTriple(), List.of());
    }

    /** Every citation of the indexed triples, once each, in text order. */
    List<Evidence> citations() {
        return byCitation.keySet().stream().map(Evidence::of).sorted(ORDER).toList();
    }

    /** The triples a citation states. */
    List<Statement> statedBy(Resource citation) {
        return byCitation.getOrDefault(citation, List.of());
    }
}
