package org.w3id.cstokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cstokg.KgException;
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
    /** YAML bytes per chunk (about 100,000 quads): big enough that the per-chunk checks cost little, small enough to hold a few in memory. */
    static final long CHUNK_BYTES = 1_500_000;
    /** The largest graph for which JSON-LD, RDF/XML and the property-graph formats are written by the build. */
    static final long WHOLE_GRAPH_LIMIT = 1_000_000;

    private final SourceOptions sources;
    private final Path qcDir;
    private final String baseUrl;
    private final PrintStream err;
    private final long wholeGraphLimit;
    private StreamingBuild build;
    private Path generation;

    GraphPipeline(SourceOptions sources, Path qcDir, String baseUrl, PrintStream err) {
        this(sources, qcDir, baseUrl, err, WHOLE_GRAPH_LIMIT);
    }

    GraphPipeline(SourceOptions sources, Path qcDir, String baseUrl, PrintStream err, long wholeGraphLimit) {
        this.sources = sources;
        this.qcDir = qcDir;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.err = err;
        this.wholeGraphLimit = wholeGraphLimit;
    }

    @Override
    public void begin(Path generation) {
        this.generation = generation;
    }

    @Override
    public void stream(StreamRDF quads) throws IOException {
        FactChunks facts = FactChunks.scan(sources.data, sources.ontology);
        if (!Checks.readCleanly(facts, err)) {
            throw new KgException("The facts have errors (listed above); nothing was built.");
        }
        VoidDescription.Builder description = VoidDescription.create()
                .sparqlEndpoint(baseUrl + CstoServer.DATASET.substring(1) + "/sparql")
                .downloadBase(baseUrl + "dumps/");
        build = new StreamingBuild(facts, qcDir, description, CHUNK_BYTES, wholeGraphLimit,
                Runtime.getRuntime().availableProcessors());
        build.begin(generation);
        try {
            build.stream(quads);
        } catch (ViolationsFound e) {
            Checks.report(e.violations(), err);
            throw new KgException("The graph breaks its shapes or QC queries (listed above); nothing was built.", e);
        }
    }

    @Override
    public void loaded(DatasetGraph store) throws IOException {
        build.loaded(store);
    }
}
