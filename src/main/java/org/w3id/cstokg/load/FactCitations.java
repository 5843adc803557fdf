package org.w3id.cstokg.load;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Citation;
import org.w3id.cstokg.facts.ValueCites;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * The citation nodes of one fact: its own, and those its keys or list items give themselves, made
 * once each and all linked from the fact by {@code kg:citation}. Mappers ask it which citations state
 * a key's triples and run that key's mapping under them ({@link DocumentGraph#stating}).
 */
final class FactCitations {
    private final DocumentGraph g;
    private final String factId;
    private final String what;
    private final ValueCites valueCites;
    private final List<Resource> own;
    private final Map<List<Citation>, List<Resource>> made = new IdentityHashMap<>();
    private Resource fact;

    private FactCitations(DocumentGraph g, String factId, String what, List<Citation> own, ValueCites valueCites) {
        this.g = g;
        this.factId = factId;
        this.what = what;
        this.valueCites = valueCites;
        this.own = nodes(own);
    }

    /** The citations of fact {@code factId} (named {@code what} in labels). */
    static FactCitations of(DocumentGraph g, String factId, String what, List<Citation> own, ValueCites valueCites) {
        return new FactCitations(g, factId, what, own, valueCites);
    }

    /** The fact's own citations. */
    List<Resource> own() { return own; }

    /** Links every citation made so far (and later ones) from {@code fact}. */
    void linkFrom(Resource fact) {
        this.fact = fact;
        made.values().forEach(nodes -> nodes.forEach(n -> fact.addProperty(KG.citation, n)));
    }

    /** The citations that state what {@code key} says: its own, else the fact's. */
    List<Resource> forKey(String key) { return valueCites.forKey(key).map(this::nodes).orElse(own); }

    /** The citations of the first of {@code keys} that gives its own, else the fact's. */
    List<Resource> forAnyKey(Collection<String> keys) {
        return keys.stream().flatMap(k -> valueCites.forKey(k).stream()).findFirst().map(this::nodes).orElse(own);
    }

    /** The citations that state the list item of {@code key} written {@code item}. */
    List<Resource> forItem(String key, String item) { return valueCites.forItem(key, item).map(this::nodes).orElse(own); }

    /** Runs {@code mapping} with each triple it adds stated by {@code citations}. */
    void stating(List<Resource> citations, Runnable mapping) { g.stating(citations, mapping); }

    private List<Resource> nodes(List<Citation> cites) {
        return made.computeIfAbsent(cites, c -> {
            List<Resource> nodes = CitationMapper.nodes(g, what, c, k -> Ids.citation(factId, k));
            if (fact != null) nodes.forEach(n -> fact.addProperty(KG.citation, n));
            return nodes;
        });
    }
}
