package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
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
     * ({@link LazyTextIndex}), so that opening a store for serving does not wait for it; every
     * triple added through the wrapper is charged to the thread's {@link WriteBudget}.
     */
    public static DatasetGraph wrapLazily(DatasetGraph base, Path luceneDir) {
        EntityDefinition definition = entityDefinition();
        TextIndex index = new LazyTextIndex(definition, () -> luceneIndex(luceneDir, definition));
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
