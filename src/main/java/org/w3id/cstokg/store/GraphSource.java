package org.w3id.cstokg.store;

import java.io.IOException;
import org.apache.jena.query.Dataset;

/**
 * Where the graph comes from when the store has to be (re)built: the loader hands over an
 * in-memory dataset holding every named graph (one per source document, plus the ontology and
 * shapes graphs). Usage: {@code StoreBuilder.create().root(dir).build(source.load(), stamp)}.
 */
@FunctionalInterface
public interface GraphSource {

    /** Reads the sources and returns them as an in-memory dataset of named graphs. */
    Dataset load() throws IOException;
}
