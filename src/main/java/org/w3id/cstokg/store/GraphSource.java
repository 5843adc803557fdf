package org.w3id.cstokg.store;

import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Where the graph comes from when the store has to be (re)built. The source streams every quad
 * (inferred ones included) into the bulk loader, then may look at the loaded store and add to it
 * before the store is made current. Throwing from either abandons the build and leaves the
 * served store as it was; the source then hears {@link #abandoned}, or else {@link #committed}. Usage: {@code new StoreBuilder(root).build(source, stamp)}.
 */
public interface GraphSource {

    /**
     * Called first, with the generation folder being built: the files that belong with this store
     * (dumps, checksums, VoID) go there, and switch with it. Nothing by default.
     */
    default void begin(java.nio.file.Path generation) throws IOException {}

    /**
     * Called after {@link #begin}, with the generation being served (if any): whether this build
     * starts from a copy of it, changing only what changed ({@link #update}), instead of loading
     * every quad ({@link #stream}, {@link #loaded}). No by default.
     */
    default boolean startsFrom(java.util.Optional<java.nio.file.Path> current) throws IOException {
        return false;
    }

    /**
     * Instead of {@link #stream} and {@link #loaded} when {@link #startsFrom} said yes: the new
     * store is a copy of the current one, with its text index; change it, inside the one write
     * transaction the caller holds. {@code store} is the TDB2 store itself, {@code text} its
     * Lucene index: the caller commits both. Returns false, having changed nothing, when a full
     * build is due after all: the caller then discards the copy and calls {@link #stream}.
     */
    default boolean update(DatasetGraph store, org.apache.jena.query.text.TextIndex text) throws IOException {
        throw new UnsupportedOperationException("this source builds only from scratch");
    }

    /** Sends every quad of the graph to {@code quads}, in any order; duplicates are loaded once. */
    void stream(StreamRDF quads) throws IOException;

    /**
     * Called once the quads are in the new store, inside a write transaction, with the store as
     * the server will see it (writes go through the text index). Nothing by default.
     */
    default void loaded(DatasetGraph store) throws IOException {}

    /** Called once the new store is committed and current: the time to publish what goes with it. */
    default void committed() throws IOException {}

    /** Called when the build failed, before its staging folder (with what the source wrote there) is deleted. */
    default void abandoned() throws IOException {}

    /** An in-memory dataset as it is, with its RDFS closure materialised into the inferred graph first. */
    static GraphSource of(Dataset dataset) {
        return quads -> {
            Inference.materialise(dataset);
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining((Quad q) -> quads.quad(q)));
        };
    }
}
