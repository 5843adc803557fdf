package org.w3id.cstokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes quads on to the bulk loader and, on the way, adds those with an indexed predicate
 * (names, aliases, quotes, contents) to the text index: the index is filled in the same pass,
 * as the text dataset wrapper would, without a transaction per quad.
 */
final class TextIndexingStream extends StreamRDFWrapper {
    private final TextIndex index;
    private final EntityDefinition definition;
    private long indexed;

    TextIndexingStream(StreamRDF loader, TextIndex index) {
        super(loader);
        this.index = index;
        this.definition = index.getDocDef();
    }

    @Override
    public void triple(Triple triple) {
        index(Quad.defaultGraphIRI, triple.getSubject(), triple.getPredicate(), triple.getObject());
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        index(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        super.quad(quad);
    }

    private void index(Node g, Node s, Node p, Node o) {
        if (definition.getField(p) == null) return;
        Entity entity = TextQueryFuncs.entityFromQuad(definition, g, s, p, o);
        if (entity != null) {
            index.addEntity(entity);
            indexed++;
        }
    }

    /** How many entries went into the index. */
    long indexed() { return indexed; }
}
