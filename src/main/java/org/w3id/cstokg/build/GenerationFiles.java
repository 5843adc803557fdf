package org.w3id.cstokg.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.describe.DumpFile;
import org.w3id.cstokg.describe.NonEntitySubjects;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.export.StreamedDumps;
import org.w3id.cstokg.export.WrittenFile;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The files of a generation written once its store holds every graph but the VoID one, by a full
 * build and an incremental one alike: the property-graph files (from the asserted graphs), the
 * store's VoID description with them and the RDF dumps (the description goes into the store as its
 * own graph), the streamed dumps ended with that graph, JSON-LD and RDF/XML from the whole store,
 * {@code SHA256SUMS} and {@code void.ttl}; so that every RDF dump holds what the endpoint serves.
 */
record GenerationFiles(Path staging, VoidDescription.Builder description, long wholeGraphLimit) {
    /** The formats written from the store when the graph is small enough. */
    static final List<Format> WHOLE_GRAPH_FORMATS =
            List.of(Format.JSONLD, Format.RDFXML, Format.GRAPHML, Format.GEXF, Format.CYTOSCAPE, Format.EVENTS_CSV);
    /** The whole-graph formats that are RDF, written with the VoID graph in them. */
    private static final List<Format> WHOLE_GRAPH_RDF = List.of(Format.JSONLD, Format.RDFXML);
    /** The other whole-graph files, written from the asserted graphs before the VoID description lists them. */
    private static final List<Format> PROPERTY_GRAPHS = List.of(Format.GRAPHML, Format.GEXF, Format.CYTOSCAPE, Format.EVENTS_CSV);
    private static final Logger LOG = LoggerFactory.getLogger("load");
    private static final Node INFERRED = NodeFactory.createURI(Graphs.INFERRED);
    private static final Node VOID = NodeFactory.createURI(Graphs.VOID);

    /**
     * Describes {@code store} (inside the caller's write transaction), ends {@code dumps} (which hold
     * every other graph) with the description, and writes the rest.
     *
     * @return the description, which the store now holds as graph {@link Graphs#VOID}
     */
    Model finish(DatasetGraph store, StreamedDumps dumps, long assertedQuads) throws IOException {
        return finish(store, dumps, assertedQuads, true, null);
    }

    /**
     * {@link #finish(DatasetGraph, StreamedDumps, long)} for a store whose subjects that are not
     * entities are known ({@code others}, if not null): the description counts the entities from
     * them ({@link VoidDescription#describeStore(DatasetGraph, NonEntitySubjects)}).
     */
    Model finish(DatasetGraph store, StreamedDumps dumps, long assertedQuads, NonEntitySubjects others) throws IOException {
        return finish(store, dumps, assertedQuads, true, others);
    }

    /**
     * {@link #finish(DatasetGraph, StreamedDumps, long)}, or with {@code intoStore} false, inside a
     * read transaction: the description is counted as if the store had no VoID graph and is not
     * written into it (the caller puts it there later); the files hold it all the same.
     */
    Model finish(DatasetGraph store, StreamedDumps dumps, long assertedQuads, boolean intoStore) throws IOException {
        return finish(store, dumps, assertedQuads, intoStore, null);
    }

    private Model finish(DatasetGraph store, StreamedDumps dumps, long assertedQuads, boolean intoStore,
                         NonEntitySubjects others) throws IOException {
        boolean whole = assertedQuads <= wholeGraphLimit;
        if (!whole) {
            LOG.info("{} quads is more than {}: not writing {} (they need the whole graph in memory; "
                    + "`kg export` writes them)", assertedQuads, wholeGraphLimit, WHOLE_GRAPH_FORMATS);
        }
        List<WrittenFile> files = new ArrayList<>(whole ? Exports.write(assertedCopy(store), PROPERTY_GRAPHS, staging) : List.of());
        List<DumpFile> listed = new ArrayList<>();
        for (Format f : StreamedDumps.FORMATS) listed.add(DumpFile.holdingTheDescription(staging.resolve(f.fileName()), f.mediaType()));
        if (whole) for (Format f : WHOLE_GRAPH_RDF) listed.add(DumpFile.holdingTheDescription(staging.resolve(f.fileName()), f.mediaType()));
        for (WrittenFile f : files) {
            Format.byFileName(f.path().getFileName().toString()).ifPresent(format -> listed.add(
                    new DumpFile(f.path(), format.mediaType(), f.size(), f.sha256())));
        }
        VoidDescription described = description.dumps(listed).build();
        Model voidGraph = intoStore ? described.describeStore(store, others) : described.describeUnwritten(store);
        dumps.graph(VOID, voidGraph.getGraph());
        files.addAll(0, dumps.finish());
        dumps.segments().write(staging.resolve(BuildManifest.FOLDER));
        if (whole) files.addAll(Exports.write(servedCopy(store, voidGraph), WHOLE_GRAPH_RDF, staging));
        files.add(Exports.writeChecksums(staging, files));
        try (OutputStream voidFile = Files.newOutputStream(staging.resolve(Exports.VOID_FILE))) {
            RDFDataMgr.write(voidFile, voidGraph, RDFFormat.TURTLE_PRETTY);
        }
        return voidGraph;
    }

    /** Every graph of the store, as the endpoint serves it with this description, copied into memory. */
    private static Dataset servedCopy(DatasetGraph store, Model description) {
        Dataset copy = DatasetFactory.create();
        copy.getDefaultModel().setNsPrefixes(Prefixes.standard());
        store.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(VOID)) copy.asDatasetGraph().add(q);
        });
        description.getGraph().find().forEachRemaining(t -> copy.asDatasetGraph().add(VOID, t.getSubject(), t.getPredicate(), t.getObject()));
        return copy;
    }

    /** The asserted graphs (all but the inferred and VoID ones), copied into memory, for the property-graph files. */
    private static Dataset assertedCopy(DatasetGraph store) {
        Dataset copy = DatasetFactory.create();
        copy.getDefaultModel().setNsPrefixes(Prefixes.standard());
        store.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(INFERRED) && !q.getGraph().equals(VOID)) copy.asDatasetGraph().add(q);
        });
        return copy;
    }
}
