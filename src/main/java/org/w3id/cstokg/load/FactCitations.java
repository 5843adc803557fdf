package org.w3id.cstokg.load;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Citation;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.facts.ValueCites;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * The citation nodes of one fact: its own, and those its keys or list items give themselves, made
 * once each and all linked from the fact by {@code kg:citation}. A mapper maps a fact through
 * {@link #map}, and asks it which citations state a key's triples and runs that key's mapping under
 * them ({@link #stating}).
 */
final class FactCitations {
    private final DocumentGraph g;
    private final String factId;
    private final ValueCites valueCites;
    private final List<Resource> own;
    private final Map<List<Citation>, List<Resource>> made = new IdentityHashMap<>();
    private Resource fact;

    private FactCitations(DocumentGraph g, String factId, List<Citation> own, ValueCites valueCites) {
        this.g = g;
        this.factId = factId;
        this.valueCites = valueCites;
        this.own = nodes(own);
    }

    /**
     * Maps one fact: its node {@code iri} of class {@code type}, labelled, and what {@code body} adds to
     * it, all stated by the fact's own citations unless {@code body} states a key under its own
     * ({@link #forKey}, {@link #forItem}); every citation is linked from the node.
     */
    static void map(DocumentGraph g, String factId, List<Citation> own, ValueCites valueCites, String iri, Resource type,
            String label, Location at, BiConsumer<Resource, FactCitations> body) {
        FactCitations c = new FactCitations(g, factId, own, valueCites);
        g.stating(c.own, () -> {
            Resource r = g.fact(iri, type, label, at);
            c.linkFrom(r);
            body.accept(r, c);
        });
    }

    /** Links every citation made so far (and later ones) from {@code fact}. */
    private void linkFrom(Resource fact) {
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
            List<Resource> nodes = CitationMapper.nodes(g, factId, c, k -> Ids.citation(factId, k));
            if (fact != null) nodes.forEach(n -> fact.addProperty(KG.citation, n));
            return nodes;
        });
    }
}
