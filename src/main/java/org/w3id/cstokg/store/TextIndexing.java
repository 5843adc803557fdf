package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.cstokg.vocab.KG;

/**
 * The jena-text (Lucene) index of the store: names, aliases, quotes and statement contents all go
 * into one field, so a plain {@code ?s text:query "Pashinyan"} finds an entity by any of them.
 */
public final class TextIndexing {
    /** The Lucene field holding the subject IRI. */
    static final String ENTITY_FIELD = "uri";
    /** The one Lucene field holding the indexed text. */
    static final String TEXT_FIELD = "text";

    private static final EntityDefinition DEFINITION = entityDefinition();

    private TextIndexing() {}

    /** rdfs:label, skos:altLabel, skos:hiddenLabel (variant spellings), kg:quote and kg:content, all into {@link #TEXT_FIELD}. */
    static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, RDFS.label.asNode());
        def.set(TEXT_FIELD, SKOS.altLabel.asNode());
        def.set(TEXT_FIELD, SKOS.hiddenLabel.asNode());
        def.set(TEXT_FIELD, KG.quote.asNode());
        def.set(TEXT_FIELD, KG.content.asNode());
        return def;
    }

    /**
     * Wraps {@code base} so that text:query searches the Lucene index in {@code luceneDir}
     * (created if absent) and writes through the wrapper update the index.
     */
    public static DatasetGraph wrap(DatasetGraph base, Path luceneDir) {
        EntityDefinition definition = entityDefinition();
        return TextDatasetFactory.create(base, luceneIndex(luceneDir, definition), true);
    }

    /**
     * As {@link #wrap}, but Lucene is opened by the first search or write through the wrapper
     * ({@link LazyTextIndex}), so that opening a store for serving does not wait for it, and only
     * the write transaction commits or rolls it back (not a concurrent read); every triple added
     * through the wrapper is charged to the thread's {@link WriteBudget}.
     */
    public static DatasetGraph wrapLazily(DatasetGraph base, Path luceneDir) {
        EntityDefinition definition = entityDefinition();
        TextIndex index = new LazyTextIndex(definition, () -> luceneIndex(luceneDir, definition),
                () -> base.isInTransaction() && base.transactionMode() == ReadWrite.WRITE);
        return TextDatasetFactory.create(base, index, true, new ChargingDocProducer(index));
    }

    /**
     * Wraps {@code queried} with a text index held in memory, filled from {@code quads} as the
     * store's build fills its index (every quad with an indexed predicate, graph by graph), so
     * that text:query over it answers as it does over the store.
     */
    public static DatasetGraph wrapInMemory(DatasetGraph queried, java.util.Iterator<org.apache.jena.sparql.core.Quad> quads) {
        EntityDefinition definition = entityDefinition();
        TextIndex index = TextDatasetFactory.createLuceneIndex(new org.apache.lucene.store.ByteBuffersDirectory(),
                new TextIndexConfig(definition));
        TextIndexingStream stream = new TextIndexingStream(org.apache.jena.riot.system.StreamRDFLib.sinkNull(), index);
        quads.forEachRemaining(stream::quad);
        index.prepareCommit();
        index.commit();
        return TextDatasetFactory.create(queried, index, true);
    }

    /**
     * The Lucene index of a dataset made by {@link #wrapLazily} (opened now if it was not yet), for
     * {@link #reindex}; writes to it are committed with the dataset's write transaction.
     */
    static TextIndex indexOf(DatasetGraph indexed) {
        if (!(indexed instanceof DatasetGraphText text)) throw new IllegalArgumentException("not a text dataset: " + indexed);
        TextIndex index = text.getTextIndex();
        return index instanceof LazyTextIndex lazy ? lazy.opened() : index;
    }

    /** Whether the index holds the objects of {@code predicate}. */
    public static boolean indexes(Node predicate) {
        return DEFINITION.getField(predicate) != null;
    }

    /**
     * Makes the index hold, for each of {@code subjects}, exactly what a build from scratch puts
     * there for the store's present quads: one entry per quad with an indexed predicate, whatever
     * the graph. Entries are deleted by subject (writes through the text dataset never delete
     * any: the index has no id field), then added again from the store. The caller commits.
     */
    public static void reindex(DatasetGraph store, TextIndex index, java.util.Collection<Node> subjects) {
        if (!(index instanceof TextIndexLucene lucene)) throw new IllegalArgumentException("not a Lucene index: " + index);
        try {
            for (Node s : subjects) {
                lucene.getIndexWriter().deleteDocuments(new Term(ENTITY_FIELD, TextQueryFuncs.subjectToString(s)));
                addEntries(store.find(Node.ANY, s, Node.ANY, Node.ANY), index);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot update the text index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the whole index hold exactly what a build from scratch puts there for the store's
     * present quads (every entry deleted, then one per quad with an indexed predicate). The caller commits.
     */
    public static void reindexAll(DatasetGraph store, TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene)) throw new IllegalArgumentException("not a Lucene index: " + index);
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new StoreException("Cannot update the text index: " + e.getMessage(), e);
        }
        addEntries(store.find(), index);
    }

    /** Adds one entry per quad of {@code quads} with an indexed predicate. */
    private static void addEntries(java.util.Iterator<org.apache.jena.sparql.core.Quad> quads, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        quads.forEachRemaining(q -> {
            if (definition.getField(q.getPredicate()) == null) return;
            Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
            if (entity != null) index.addEntity(entity);
        });
    }

    /** The Lucene index in {@code luceneDir} (created if absent), for a writer that feeds it directly. */
    static TextIndex open(Path luceneDir) {
        return luceneIndex(luceneDir, entityDefinition());
    }

    private static TextIndex luceneIndex(Path luceneDir, EntityDefinition definition) {
        try {
            Directory directory = FSDirectory.open(luceneDir);
            return TextDatasetFactory.createLuceneIndex(directory, new TextIndexConfig(definition));
        } catch (IOException e) {
            throw new StoreException("Cannot open the text index in " + luceneDir + ": " + e.getMessage(), e);
        }
    }
}
