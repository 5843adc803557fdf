package org.w3id.cstokg.store;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index opened on its first search or write, not when the store is opened: opening Lucene
 * (an IndexWriter and a commit, some 700 classes) was the largest part of {@code kg serve}'s start-up
 * beyond a bare Fuseki's, and most queries never use {@code text:query}.
 * Until then commit, rollback and close have nothing to do.
 *
 * <p>Commit and rollback also reach Lucene only from the thread in the store's write transaction.
 * On TDB2, jena-text takes part in every transaction, reads included, and a read that aborts (as
 * Fuseki does when a query times out, and {@code Txn.calculateRead} on any exception) rolls back the
 * one Lucene IndexWriter it shares with the writer: the index lost the entries of a write that the
 * graphs kept. A read's commit does not reach the index in DBOE today; guarding commit too is a
 * precaution. See "6. The text index under concurrent reads" in docs/robustness.md.
 */
final class LazyTextIndex implements TextIndex {
    private final EntityDefinition definition;
    private final Supplier<TextIndex> open;
    private final BooleanSupplier writing;
    private volatile TextIndex index;

    /**
     * {@code open} is called at most once, by the first operation that needs the index;
     * {@code writing} says whether the calling thread is in the store's write transaction.
     */
    LazyTextIndex(EntityDefinition definition, Supplier<TextIndex> open, BooleanSupplier writing) {
        this.definition = definition;
        this.open = open;
        this.writing = writing;
    }

    /** Whether the index has been opened (for tests). */
    boolean isOpen() {
        return index != null;
    }

    /** The index, opened now if it was not yet. */
    TextIndex opened() {
        return index();
    }

    private TextIndex index() {
        TextIndex known = index;
        if (known == null) {
            synchronized (this) {
                known = index;
                if (known == null) index = known = open.get();
            }
        }
        return known;
    }

    @Override
    public void prepareCommit() {
        TextIndex known = index;
        if (known != null && writing.getAsBoolean()) known.prepareCommit();
    }

    @Override
    public void commit() {
        TextIndex known = index;
        if (known != null && writing.getAsBoolean()) known.commit();
    }

    @Override
    public void rollback() {
        TextIndex known = index;
        if (known != null && writing.getAsBoolean()) known.rollback();
    }

    @Override
    public synchronized void close() {
        if (index != null) index.close();
    }

    @Override
    public void addEntity(Entity entity) {
        index().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
            int limit, String highlight) {
        return index().query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index().query(subjectUri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }
}
