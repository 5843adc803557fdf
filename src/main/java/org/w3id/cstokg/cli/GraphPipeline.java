package org.w3id.cstokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.text.TextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.build.IncrementalBuild;
import org.w3id.cstokg.build.LiveEdits;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.build.StreamingBuild;
import org.w3id.cstokg.build.ViolationsFound;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.GraphSource;

/**
 * The build that {@code build} and {@code serve} share: read and check the fact files, then stream
 * them chunk by chunk through validation, inference and the dumps into the store
 * ({@link StreamingBuild}); the store then gets its VoID description.
 */
final class GraphPipeline implements GraphSource {
    /** YAML bytes per chunk (about 370,000 quads of the generated corpus, evidence included): big enough that the per-chunk checks cost little, small enough to hold a few in memory. */
    static final long CHUNK_BYTES = 1_500_000;
    private static final Logger LOG = LoggerFactory.getLogger("load");
    /** The largest graph for which JSON-LD, RDF/XML and the property-graph formats are written by the build. */
    static final long WHOLE_GRAPH_LIMIT = 1_000_000;

    private final SourceOptions sources;
    private final Path qcDir;
    private final String baseUrl;
    private final PrintStream err;
    private final long wholeGraphLimit;
    private final boolean full;
    private StreamingBuild build;
    private Path generation;
    private FactChunks facts;
    private VoidDescription.Builder description;
    private IncrementalBuild incremental;

    GraphPipeline(SourceOptions sources, Path qcDir, String baseUrl, PrintStream err) {
        this(sources, qcDir, baseUrl, err, WHOLE_GRAPH_LIMIT, false);
    }

    /** With {@code full}, never an incremental build. */
    GraphPipeline(SourceOptions sources, Path qcDir, String baseUrl, PrintStream err, long wholeGraphLimit, boolean full) {
        this.sources = sources;
        this.qcDir = qcDir;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.err = err;
        this.wholeGraphLimit = wholeGraphLimit;
        this.full = full;
    }

    @Override
    public void begin(Path generation) {
        this.generation = generation;
    }

    /**
     * Reads and checks the fact files (the first pass, over all of them), then decides: an
     * incremental build from {@code current} when it has a build manifest from the same inputs and
     * few files changed, else a full one.
     */
    @Override
    public boolean startsFrom(Optional<Path> current) {
        scan();
        if (full) {
            LOG.info("Full build (--full)");
            return false;
        }
        if (current.isEmpty()) {
            LOG.info("Full build: there is no current generation");
            return false;
        }
        incremental = IncrementalBuild.from(current.get(), facts, inputs(), qcDir, generation, description, wholeGraphLimit);
        return incremental != null;
    }

    @Override
    public boolean update(DatasetGraph store, TextIndex text) throws IOException {
        try {
            if (incremental.apply(store, text)) return true;
            incremental = null;
            return false;
        } catch (ViolationsFound e) {
            throw reported(e);
        }
    }

    @Override
    public void stream(StreamRDF quads) throws IOException {
        if (facts == null) scan();
        build = new StreamingBuild(facts, qcDir, description, CHUNK_BYTES, wholeGraphLimit,
                Runtime.getRuntime().availableProcessors()).inputs(inputs());
        build.begin(generation);
        try {
            build.stream(quads);
        } catch (ViolationsFound e) {
            throw reported(e);
        }
    }

    private void scan() {
        facts = FactChunks.scan(sources.data, sources.ontology);
        if (!Checks.readCleanly(facts, err)) {
            throw new KgException("The facts have errors (listed above); nothing was built.");
        }
        description = description(baseUrl);
    }

    /** The VoID description of a store served at {@code baseUrl} (ending in /): its endpoint and dumps. */
    static VoidDescription.Builder description(String baseUrl) {
        return VoidDescription.create()
                .sparqlEndpoint(baseUrl + CstoServer.DATASET.substring(1) + "/sparql")
                .downloadBase(baseUrl + "dumps/");
    }

    /**
     * Watches the fact files for the served {@code store} ({@code kg serve --watch}), its VoID
     * description naming the server at {@code servedAt}; empty when the store cannot be changed in place.
     */
    Optional<LiveEdits> watch(KgStore store, String servedAt) {
        String base = servedAt.endsWith("/") ? servedAt : servedAt + "/";
        return LiveEdits.start(store, sources.data, sources.ontology, qcDir, () -> description(base), wholeGraphLimit);
    }

    private String inputs() {
        return IncrementalBuild.inputs(sources.ontology, qcDir, baseUrl, wholeGraphLimit);
    }

    /** Whether the last build started from the current generation (an incremental build) rather than from scratch. */
    boolean builtIncrementally() {
        return incremental != null;
    }

    private KgException reported(ViolationsFound e) {
        Checks.report(e.violations(), err);
        return new KgException("The graph breaks its shapes or QC queries (listed above); nothing was built.", e);
    }

    @Override
    public void loaded(DatasetGraph store) throws IOException {
        build.loaded(store);
    }
}
