package org.w3id.cstokg.store;

import java.io.IOException;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;

/** What is done with a store and its text index while they are open, in a write transaction of the caller's. */
@FunctionalInterface
public interface StoreWork {
    void run(DatasetGraph tdb, TextIndex index) throws IOException;
}
