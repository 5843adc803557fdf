package org.w3id.cstokg.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.export.StreamedDumps;
import org.w3id.cstokg.export.WrittenFile;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.load.MappedFile;
import org.w3id.cstokg.describe.DumpFile;
import org.w3id.cstokg.describe.NonEntitySubjects;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.store.BuildStep;
import org.w3id.cstokg.store.GraphSource;
import org.w3id.cstokg.store.Inference;
import org.w3id.cstokg.validate.Violation;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The build as one stream, for corpora larger than memory: the fact files are mapped a chunk at a
 * time; each chunk is validated (SHACL and QC, with a context for the nodes of other chunks) and
 * closed under RDFS against the ontology on a worker thread, then, in file order on the calling
 * thread, written to the streamed dumps and sent to the bulk loader, and dropped. At most one
 * chunk per worker waits to be written, so memory holds a few chunks, not the graph. Once the store is loaded, its VoID description is counted from the store's
 * indexes; the formats that need the whole graph at once (JSON-LD, RDF/XML, GraphML, GEXF,
 * Cytoscape) are written from the store only up to {@code wholeGraphLimit} quads. The files go into
 * the generation folder the store is built in ({@link #begin}), and switch with it.
 * <p>A violation anywhere fails the build ({@link ViolationsFound}), but only after every chunk was checked, so that all of
 * them are reported.
 */
public final class StreamingBuild implements GraphSource {
    /** The formats written from the store when the graph is small enough. */
    public static final List<Format> WHOLE_GRAPH_FORMATS = GenerationFiles.WHOLE_GRAPH_FORMATS;

    private static final Logger LOG = LoggerFactory.getLogger("load");
    private static final Node INFERRED = NodeFactory.createURI(Graphs.INFERRED);

    private final FactChunks facts;
    private final ChunkCheck checks;
    private final VoidDescription.Builder description;
    private final long chunkBytes;
    private final long wholeGraphLimit;
    private final int threads;
    private final SetupRDFS vocabulary;

    private Path staging;
    private StreamedDumps dumps;
    private BuildManifest manifest = BuildManifest.of("");
    private LinksFile links;
    private long assertedQuads;
    private NonEntitySubjects otherSubjects = new NonEntitySubjects();
    private int chunksWritten;

    /**
     * @param facts           the fact files, scanned without errors
     * @param qcDir           the QC queries
     * @param description     the VoID description's endpoint and download base; dumps are added here
     * @param chunkBytes      YAML bytes per chunk (a chunk closes after the file that reaches it)
     * @param wholeGraphLimit the most quads for which the whole-graph formats are written
     * @param threads         worker threads preparing chunks while this one writes them
     */
    public StreamingBuild(FactChunks facts, Path qcDir, VoidDescription.Builder description,
                          long chunkBytes, long wholeGraphLimit, int threads) {
        if (!facts.errors().isEmpty()) throw new IllegalArgumentException("the facts have errors");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.facts = facts;
        this.checks = new ChunkCheck(facts, qcDir);
        this.description = description;
        this.chunkBytes = chunkBytes;
        this.wholeGraphLimit = wholeGraphLimit;
        this.threads = threads;
        this.vocabulary = RDFSFactory.setupRDFS(facts.ontology());
    }

    /**
     * The hash of everything but the fact files that this build reads (see {@link BuildInputs}),
     * recorded in the generation's {@link BuildManifest} so the next build can start from it.
     */
    public StreamingBuild inputs(String inputs) {
        this.manifest = BuildManifest.of(inputs);
        return this;
    }

    /** The generation folder the dumps, checksums and VoID file go to. */
    @Override
    public void begin(Path generation) {
        staging = generation;
    }

    @Override
    public void stream(StreamRDF store) throws IOException {
        if (staging == null) throw new IllegalStateException("begin(generation) was not called");
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "chunk-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            dumps = StreamedDumps.open(staging, Prefixes.standard());
            links = LinksFile.create(staging);
            assertedQuads = 0;
            otherSubjects = new NonEntitySubjects();
            send(Graphs.ONTOLOGY, facts.ontology(), store, dumps);
            send(Graphs.SHAPES, facts.shapes(), store, dumps);
            Graph schemas = GraphFactory.createDefaultGraph();
            facts.ontology().find().forEachRemaining(schemas::add);
            facts.shapes().find().forEachRemaining(schemas::add);
            long inferred = infer(Inference.entailments(schemas, vocabulary, GraphFactory.emptyGraph()), store, dumps);
            List<Violation> violations = new ArrayList<>();
            List<List<Path>> groups = facts.groups(chunkBytes);
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            for (List<Path> group : groups) {
                window.add(workers.submit(() -> prepare(group)));
                if (window.size() > threads) inferred += consume(take(window), violations, store, dumps);
            }
            while (!window.isEmpty()) inferred += consume(take(window), violations, store, dumps);
            if (!violations.isEmpty()) throw new ViolationsFound(violations);
            BuildStep.reached("dumps-streamed");
            LOG.info("Loaded {} fact files in {} chunks on {} threads: {} asserted quads, {} inferred; validated, "
                    + "dumped and sent to the store", facts.fileCount(), groups.size(), threads, assertedQuads, inferred);
        } catch (IOException | RuntimeException e) {
            if (dumps != null) dumps.close();
            closeLinks();
            throw e;
        } finally {
            stop(workers);
        }
    }

    /** Stops the workers; one still mapping or checking a chunk after a failure is waited for, briefly. */
    private static void stop(ExecutorService workers) {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("A chunk worker did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A chunk mapped, checked and closed under RDFS, ready to be written. */
    private record Prepared(Chunk chunk, Graph inferred, List<Violation> violations) {}

    /** On a worker: read and map a group of files, check the chunk, infer what it entails. */
    private Prepared prepare(List<Path> group) {
        Chunk chunk = facts.map(group);
        Graph asserted = chunk.union();
        List<Violation> violations = checks.check(chunk, asserted);
        return new Prepared(chunk, Inference.entailments(asserted, vocabulary, facts.ontology()), violations);
    }

    private static Prepared take(Deque<Future<Prepared>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("The build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new KgException("A chunk failed: " + e.getCause(), e.getCause());
        }
    }

    /** In order, on the calling thread: write a prepared chunk, unless some chunk had violations. */
    private long consume(Prepared prepared, List<Violation> violations, StreamRDF store, StreamedDumps dumps) {
        violations.addAll(prepared.violations());
        if (!violations.isEmpty()) return 0;
        for (String name : prepared.chunk().graphNames()) {
            send(name, prepared.chunk().dataset().getNamedModel(name).getGraph(), store, dumps);
        }
        long inferred = infer(prepared.inferred(), store, dumps);
        for (MappedFile mapped : prepared.chunk().files()) {
            manifest.addFile(mapped);
            links.add(mapped);
        }
        if (chunksWritten++ == 0) BuildStep.reached("first-chunk-loaded");
        return inferred;
    }

    private void send(String name, Graph graph, StreamRDF store, StreamedDumps dumps) {
        Node g = NodeFactory.createURI(name);
        dumps.graph(g, graph);
        graph.find().forEachRemaining((Triple t) -> {
            otherSubjects.add(t.getSubject());
            store.quad(Quad.create(g, t));
        });
        assertedQuads += graph.size();
    }

    /**
     * The entailments go to the store; to the dumps only once the store has them all, and without
     * those another chunk states ({@link #loaded}).
     */
    private long infer(Graph inferred, StreamRDF store, StreamedDumps dumps) {
        inferred.find().forEachRemaining((Triple t) -> {
            otherSubjects.add(t.getSubject());
            store.quad(Quad.create(INFERRED, t));
        });
        return inferred.size();
    }

    /**
     * The store is loaded: drop from graph:inferred what another graph states (a triple one chunk
     * entails may be stated by another: {@link Inference#dropStated}), dump it, describe the store,
     * finish the dumps and write the other files of the generation ({@link GenerationFiles#finish}),
     * and the build manifest.
     */
    @Override
    public void loaded(DatasetGraph store) throws IOException {
        long started = System.nanoTime();
        long stated = Inference.dropStated(store);
        LOG.info("{} inferred triples are stated in other chunks: left out of graph:inferred (looked for in {} ms)",
                stated, (System.nanoTime() - started) / 1_000_000);
        dumps.graph(INFERRED, store.getGraph(INFERRED));
        new GenerationFiles(staging, description, wholeGraphLimit).finish(store, dumps, assertedQuads, otherSubjects);
        closeLinks();
        manifest.writeFiles(staging);
    }

    @Override
    public void abandoned() throws IOException {
        if (dumps != null) dumps.close();
        closeLinks();
    }

    /** Closes the links file, if it is open (after the last chunk, or after a failure). */
    private void closeLinks() throws IOException {
        if (links != null) links.close();
        links = null;
    }

}
