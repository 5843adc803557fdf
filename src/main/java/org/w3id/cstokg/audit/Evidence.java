package org.w3id.cstokg.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * One {@code kg:Citation} of the audited article: the part it cites, its evidence words
 * ({@code oa:exact}, if any), the outlets the article cites there, the asserted triples whose
 * reifiers cite it, and the values those triples state.
 */
public record Evidence(String iri, ArticlePart part, Optional<String> words, Optional<Span> position,
                       List<CitedSource> sources, List<Resource> outlets, List<Reifier> supports, StatedValues values) {

    public Evidence {
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        supports = List.copyOf(supports);
    }

    /** How {@link #iri()} names a citation node: its IRI, or a blank node's label. */
    static String iriOf(Resource citation) {
        return citation.isURIResource() ? citation.getURI() : citation.toString();
    }

    /** The fact the citation belongs to, by its id: {@code arrival}, {@code arrival/troops}. */
    public String fact() {
        return Names.factOf(iri);
    }

    /** The resources this evidence accounts for: the subjects and objects of its triples, and its outlets. */
    public Set<RDFNode> accountedFor() {
        Set<RDFNode> nodes = new HashSet<>(outlets);
        for (Reifier r : supports) {
            nodes.add(r.subject());
            nodes.add(r.object());
        }
        return nodes;
    }

    /** How a message names it: {@code the evidence "some 2,500 troops" of arrival}. */
    public String described() {
        return words.map(w -> "the evidence \"" + w + "\" of " + fact()).orElse("the citation of " + fact());
    }
}
