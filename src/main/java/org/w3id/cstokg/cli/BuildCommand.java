package org.w3id.cstokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg build}: load and validate, write every export, then build the store; on any error write nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads data/*.yaml and the ontology, validates, writes the dumps and exports "
                + "(RDF, GraphML, GEXF, Cytoscape, VoID) and builds the TDB2 store with its text index into target/kg/.")
final class BuildCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("load");

    @Mixin
    SourceOptions sources;

    @Mixin
    QcOption qc;

    @Mixin
    BuildDirOption out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the graph will be served, for its VoID description (default: ${DEFAULT-VALUE}).")
    String baseUrl = DEFAULT_BASE_URL;

    /** Where {@code kg serve} serves by default. */
    static final String DEFAULT_BASE_URL = "http://localhost:3030/";

    @Option(names = "--whole-graph-limit", paramLabel = "QUADS",
            description = "Write JSON-LD, RDF/XML, GraphML, GEXF and Cytoscape JSON only for graphs of at most this many "
                    + "quads; they need the whole graph in memory (default: ${DEFAULT-VALUE}).")
    long wholeGraphLimit = GraphPipeline.WHOLE_GRAPH_LIMIT;

    @Option(names = "--full", description = "Build everything from scratch, even when only some fact files changed "
            + "since the current build (by default only their documents are rebuilt: docs/build.md).")
    boolean full;

    @Override
    public Integer call() throws IOException {
        GraphPipeline pipeline = new GraphPipeline(sources, qc.qc, baseUrl, System.err, wholeGraphLimit, full);
        Path store = new StoreBuilder(out.out).build(pipeline, BuildStamp.of(List.of(sources.data, sources.ontology)));
        LOG.info("Built the store {} ({})", store, pipeline.builtIncrementally() ? "incremental build" : "full build");
        return ExitCodes.of(Outcome.OK);
    }
}
