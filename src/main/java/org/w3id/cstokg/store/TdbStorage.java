package org.w3id.cstokg.store;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * The TDB2 storage under the wrappers a store is used through (the text index's, the
 * switchable one), for work done on TDB2's node identifiers instead of decoded quads.
 */
public final class TdbStorage {
    private TdbStorage() {}

    /** The TDB2 dataset {@code store} wraps (or is), or empty for another kind of dataset. */
    public static Optional<DatasetGraphTDB> under(DatasetGraph store) {
        DatasetGraph dsg = store;
        while (!(dsg instanceof DatasetGraphTDB) && dsg instanceof DatasetGraphWrapper wrapper) dsg = wrapper.getWrapped();
        return dsg instanceof DatasetGraphTDB tdb ? Optional.of(tdb) : Optional.empty();
    }
}
