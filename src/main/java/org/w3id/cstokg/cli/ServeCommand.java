package org.w3id.cstokg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.build.LiveEdits;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.server.Credentials;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.GraphSource;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kg serve}: rebuilds the store if data/ or ontology/ changed since it was built, then
 * serves it over SPARQL with the query page. Usage: {@code ./kg serve --port 3030 --db target/kg}
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph over SPARQL (read-only unless --auth-file) with a query page at /, rebuilding it first "
                + "if data/ or ontology/ changed.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.server");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (0: any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--db", defaultValue = "target/kg", description = "Store folder. Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Longest time a query may run. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Option(names = "--queries", defaultValue = "queries", description = "Example queries for the page. Default: ${DEFAULT-VALUE}")
    Path queries;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Also allow SERVICE to this endpoint (repeatable); Wikidata and DBpedia are always allowed.")
    List<String> allowedServices = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL clients reach the server at, for the URLs in its VoID and DCAT description "
                    + "(default: http://HOST:PORT/ as bound).")
    String baseUrl;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Enable writes (SPARQL Update at /csto/update, Graph Store at /csto/data) for the one user "
                    + "in FILE, a line user:password; they need HTTP Basic auth. Writes are lost at the next rebuild.")
    Path authFile;

    @Option(names = "--allow-load", paramLabel = "URL",
            description = "Also let SPARQL Update LOAD read this URL (repeatable; file: and loopback URLs only this way). "
                    + "LOAD reads only the SERVICE allow-list and these, follows no redirect, and reads at most 8 MB.")
    List<String> allowedLoads = new ArrayList<>();

    @Option(names = "--update-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Longest time one update may run (then 503, nothing changed). Default: ${DEFAULT-VALUE}")
    long updateTimeoutSeconds;

    @Option(names = "--update-max-triples", defaultValue = "100000", paramLabel = "N",
            description = "Most triples one update may add (then 413, nothing changed). Default: ${DEFAULT-VALUE}")
    long updateMaxTriples;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder of the source texts (ID.txt or ID-*.txt for document ID): the /doc/ pages then show each "
                    + "value's words highlighted in its paragraph, and /source/ID the whole text. Default: none; the pages "
                    + "then link to where each text is published.")
    Path sourceTexts;

    @Option(names = "--full", description = "When the store is out of date, rebuild it from scratch, not only the "
            + "documents whose fact files changed.")
    boolean full;

    @Option(names = "--watch", description = "Watch the fact files and serve each edit within seconds: only the documents "
            + "it changes are rebuilt, in place, with the same checks as kg build (an edit with errors is reported and not "
            + "served). The dumps follow when written again. Not with --auth-file.")
    boolean watch;

    @Option(names = "--admin", description = "Also serve /$/ping and /$/stats (needs --auth-file; same credentials).")
    boolean admin;

    @Mixin
    SourceOptions sources;

    @Mixin
    QcOption qc;

    private final GraphSource source;

    /** The command that builds with {@link GraphPipeline} when the store is stale; used by picocli. */
    public ServeCommand() {
        this(null);
    }

    /** The command with another graph source (tests, or the caller's loader). */
    public ServeCommand(GraphSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        if (timeoutSeconds <= 0 || updateTimeoutSeconds <= 0 || updateMaxTriples <= 0 || port < 0 || port > 65535) {
            LOG.error("--timeout, --update-timeout and --update-max-triples must be positive and --port 0..65535");
            return ExitCodes.of(Outcome.USAGE);
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^/]+/.*")) {
            LOG.error("--base-url must be an http(s) URL ending in /, not {}", baseUrl);
            return ExitCodes.of(Outcome.USAGE);
        }
        if (sourceTexts != null && !Files.isDirectory(sourceTexts)) {
            LOG.error("--sources must name a folder, not {}", sourceTexts);
            return ExitCodes.of(Outcome.USAGE);
        }
        if (admin && authFile == null) {
            LOG.error("--admin needs --auth-file: the admin endpoints are behind the same credentials");
            return ExitCodes.of(Outcome.USAGE);
        }
        if (watch && (authFile != null || source != null)) {
            LOG.error("--watch cannot be used with --auth-file: the store is either written through the endpoint or "
                    + "built from the fact files");
            return ExitCodes.of(Outcome.USAGE);
        }
        Optional<Credentials> writers;
        try {
            writers = Optional.ofNullable(authFile).map(Credentials::read);
        } catch (KgException e) {
            LOG.error("Cannot serve: {}", e.getMessage());
            return ExitCodes.of(Outcome.USAGE);
        }
        BuildStamp stamp = BuildStamp.of(List.of(sources.data, sources.ontology));
        GraphPipeline pipeline = pipeline();
        try (KgStore store = KgStore.openOrBuild(db, stamp, source != null ? source : pipeline)) {
            if (writers.isPresent()) store.allowWrites();
            CstoServer server = start(store, writers);
            server.urls().forEach(url -> LOG.info("Serving {}", url));
            Optional<LiveEdits> edits = watch ? pipeline.watch(store, baseUrl != null ? baseUrl : server.baseUrl()) : Optional.empty();
            try {
                server.join();
            } finally {
                edits.ifPresent(LiveEdits::close);
            }
            return ExitCodes.of(Outcome.OK);
        } catch (StoreException | FusekiException | IllegalArgumentException e) {
            LOG.error("Cannot serve: {}", reason(e, host, port));
            return ExitCodes.of(Outcome.FAILED);
        }
    }

    /** Why the server could not start, in words: a port in use is named, with the option that picks another. */
    static String reason(Exception e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "port " + port + " on " + host + " is in use (stop what uses it, or give --port N; --port 0 takes any free port)";
            }
        }
        return e.getMessage();
    }

    private GraphPipeline pipeline() {
        return new GraphPipeline(sources, qc.qc, baseUrl != null ? baseUrl : CstoServer.baseUrl(host, port), System.err,
                GraphPipeline.WHOLE_GRAPH_LIMIT, full);
    }

    /**
     * Starts serving the store, then points the URLs of its VoID description at the server's base
     * URL ({@code --base-url}, or the host and port it bound), which may differ from those the
     * store was built with.
     */
    CstoServer start(KgStore store, Optional<Credentials> writers) {
        CstoServer server = server(store, writers).start();
        String base = baseUrl != null ? baseUrl : server.baseUrl();
        if (VoidDescription.rebase(store.dataset(), CstoServer.DATASET.substring(1) + "/sparql", base)) {
            LOG.info("The VoID description's URLs now start with {}", base);
        }
        return server;
    }

    CstoServer server(KgStore store, Optional<Credentials> writers) {
        CstoServer.Builder builder = CstoServer.create().port(port).host(host).dataset(store.dataset())
                .queriesDir(queries).ontologyDir(sources.ontology).dumpsDir(store.directory())
                .timeout(Duration.ofSeconds(timeoutSeconds)).admin(admin);
        writers.ifPresent(builder::writers);
        if (sourceTexts != null) builder.sourcesDir(sourceTexts);
        allowedServices.forEach(builder::allowService);
        allowedLoads.forEach(builder::allowLoad);
        builder.updateLimits(Duration.ofSeconds(updateTimeoutSeconds), updateMaxTriples);
        return builder.build();
    }
}
