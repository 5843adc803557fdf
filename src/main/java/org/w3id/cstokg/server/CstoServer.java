package org.w3id.cstokg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.w3id.cstokg.explore.GraphView;
import org.w3id.cstokg.explore.TextSearch;
import org.w3id.cstokg.linkeddata.IdRedirectServlet;
import org.w3id.cstokg.linkeddata.OntologyModuleServlet;
import org.w3id.cstokg.linkeddata.OntologyServlet;
import org.w3id.cstokg.linkeddata.ResourceDocumentServlet;
import org.w3id.cstokg.linkeddata.ServiceDescriptionFilter;
import org.w3id.cstokg.linkeddata.SourceTextServlet;
import org.w3id.cstokg.linkeddata.SourceTextFolder;
import org.w3id.cstokg.linkeddata.VoidServlet;
import org.w3id.cstokg.vocab.Endpoints;

/**
 * The SPARQL server of csto-kg: embedded Fuseki with the dataset {@value #DATASET}
 * ({@code /sparql}, {@code /query}, {@code /get}), the query page at {@code /}, CORS for reads,
 * a query timeout, SERVICE only to an allow-list, request size caps, one log line per request,
 * the last thousand queries kept parsed ({@link QueryProcessor}),
 * the graph explorer at {@code /explore}, and the linked-data pages ({@code /doc/}, with each value's
 * evidence) and source texts ({@code /source/}, given {@link Builder#sourcesDir}).
 * Read-only unless given {@link Builder#writers credentials}: then also {@code /update} and the
 * Graph Store {@code /data}, behind HTTP Basic auth, and with {@link Builder#admin} {@code /$/ping}
 * and {@code /$/stats} behind the same.
 * Usage: {@code CstoServer.create().port(3030).dataset(ds).queriesDir(Path.of("queries")).build().start()}.
 */
public final class CstoServer implements AutoCloseable {
    /** The dataset path. */
    public static final String DATASET = "/csto";
    /** The endpoints of the dataset, all read-only. */
    public static final List<String> ENDPOINTS = List.of("sparql", "query", "get");
    /** The endpoints that write, served only with credentials. */
    public static final List<String> WRITE_ENDPOINTS = List.of("update", "data");
    /** The admin paths, served only with credentials and {@link Builder#admin}. */
    public static final String ADMIN = "/$/";
    /**
     * Unless this is set, Jetty's {@code MemoryUtils} starts the platform MBean server (every JMX bean
     * of the JVM, some 100 ms of a cold start) only to ask whether object references are compressed,
     * to size the padding of its queues. 16 references fill a 64-byte cache line when they are (heaps
     * under 32 GB, the default) and pad two lines when they are not: right, or merely generous.
     */
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final FusekiServer fuseki;
    private final String host;

    private CstoServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder with port 3030, host 127.0.0.1, a 10 s timeout and the default SERVICE allow-list. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns this. */
    public CstoServer start() {
        fuseki.start();
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving and waits for Jetty to finish. */
    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port in use (the actual one when built with port 0 and started). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The Jetty server underneath, for tests of its configuration. */
    Server jetty() {
        return fuseki.getJettyServer();
    }

    /** {@code http://host:port/}, the query page. */
    public String baseUrl() {
        return baseUrl(host, port());
    }

    /** {@code http://host:port/} as clients on this machine reach a server bound to {@code host}. */
    public static String baseUrl(String host, int port) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "localhost" : shown) + ":" + port + "/";
    }

    /** Every URL served, page first, for the start-up message. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        urls.add(baseUrl());
        for (String endpoint : ENDPOINTS) {
            urls.add(baseUrl() + DATASET.substring(1) + "/" + endpoint);
        }
        return urls;
    }

    /** Options of a {@link CstoServer}; setters check their argument, {@link #build()} the rest. */
    public static final class Builder {
        private int port = 3030;
        private String host = "127.0.0.1";
        private Dataset dataset;
        private Path queriesDir = Path.of("queries");
        private Path ontologyDir = Path.of("ontology");
        private Duration timeout = Duration.ofSeconds(10);
        private Optional<Path> dumpsDir = Optional.empty();
        private SourceTextFolder sourceTexts = SourceTextFolder.NONE;
        private final Set<String> allowedServices = new LinkedHashSet<>(Endpoints.FEDERATION_DEFAULTS);
        private Optional<Credentials> writers = Optional.empty();
        private boolean admin;
        private final Set<String> allowedLoads = new LinkedHashSet<>();
        private Duration updateTimeout = Duration.ofSeconds(10);
        private long updateMaxTriples = 100_000;
        private LoadFence loadFence;

        private Builder() {}

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The interface to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The dataset to serve, as opened by {@code KgStore}. Its context gets the timeout and the
         * SERVICE allow-list.
         */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The folder of {@code *.rq} example queries shown in the UI. */
        public Builder queriesDir(Path queriesDir) {
            this.queriesDir = Objects.requireNonNull(queriesDir, "queriesDir");
            return this;
        }

        /** The folder of ontology modules served at {@code /ontology/NAME}, the targets of {@code owl:imports}. */
        public Builder ontologyDir(Path dir) {
            this.ontologyDir = Objects.requireNonNull(dir, "ontologyDir");
            return this;
        }

        /** The folder whose dump files (those of {@link DumpsServlet#SERVED}) are served at {@code /dumps/}. */
        public Builder dumpsDir(Path dir) {
            this.dumpsDir = Optional.of(Objects.requireNonNull(dir, "dumpsDir"));
            return this;
        }

        /**
         * The folder of source texts ({@code ID.txt} or {@code ID-*.txt} per document): the
         * {@code /doc/} pages then show the cited paragraphs with their evidence marked, and
         * {@code /source/ID} the whole text.
         */
        public Builder sourcesDir(Path dir) {
            this.sourceTexts = SourceTextFolder.in(Objects.requireNonNull(dir, "sourcesDir"));
            return this;
        }

        /** The longest a query may run. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("Timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Adds an endpoint that SERVICE may call. */
        public Builder allowService(String endpointUrl) {
            if (!endpointUrl.startsWith("http://") && !endpointUrl.startsWith("https://")) {
                throw new IllegalArgumentException("Not an http(s) endpoint: " + endpointUrl);
            }
            allowedServices.add(endpointUrl);
            return this;
        }

        /**
         * Serves SPARQL Update at {@code /update} and the read-write Graph Store at {@code /data},
         * to these credentials only. Writes go through the served (text-indexed) dataset.
         */
        public Builder writers(Credentials credentials) {
            this.writers = Optional.of(Objects.requireNonNull(credentials, "credentials"));
            return this;
        }

        /** Adds a URL that {@code LOAD} may read besides the SERVICE allow-list (may be {@code file:} or loopback). */
        public Builder allowLoad(String url) {
            if (url == null || url.isBlank()) throw new IllegalArgumentException("An empty LOAD source");
            allowedLoads.add(url);
            return this;
        }

        /** The longest one update may run, and the most triples it may add (defaults 10 s and 100,000). */
        public Builder updateLimits(Duration timeout, long maxTriples) {
            if (timeout.isNegative() || timeout.isZero() || maxTriples < 1) {
                throw new IllegalArgumentException("Update limits must be positive, not " + timeout + " and " + maxTriples);
            }
            this.updateTimeout = timeout;
            this.updateMaxTriples = maxTriples;
            return this;
        }

        /** Also serves {@code /$/ping} and {@code /$/stats}, which need {@link #writers} credentials. */
        public Builder admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        /** Builds the (not yet started) server. */
        public CstoServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset to serve");
            }
            if (admin && writers.isEmpty()) {
                throw new IllegalStateException("The admin endpoints need credentials");
            }
            if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
                System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
            }
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            new ServiceAllowList(allowedServices).installIn(dsg.getContext());
            if (writers.isPresent()) {
                Set<String> loads = new LinkedHashSet<>(allowedServices);
                loads.addAll(allowedLoads);
                loadFence = new LoadFence(loads);
                loadFence.installIn(dsg.getContext());
                dsg.getContext().set(ARQ.updateTimeout, Long.toString(updateTimeout.toMillis()));
            }
            FusekiServer fuseki = fusekiBuilder(dsg).build();
            configureJetty(fuseki.getJettyServer());
            return new CstoServer(fuseki, host);
        }

        private FusekiServer.Builder fusekiBuilder(DatasetGraph dsg) {
            FusekiServer.Builder builder = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new QueryProcessor())
                    .addDataset(DATASET, dsg)
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R)
                    .addFilter("/*", new BodyLimitFilter())
                    .addFilter(DATASET + "/*", new DeepQueryGuard())
                    .addFilter(DATASET + "/*", new TruncatedAnswerGuard())
                    .addFilter("/*", new CorsFilter())
                    .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter(dataset, "/"))
                    .addFilter(DATASET + "/query", new ServiceDescriptionFilter(dataset, "/"))
                    .addServlet("/ui/examples.json", new ExamplesServlet(queriesDir))
                    .addServlet("/ui/prefixes.json", new PrefixesServlet())
                    .addServlet("/id/*", new IdRedirectServlet(dataset))
                    .addServlet("/doc/*", new ResourceDocumentServlet(dataset, sourceTexts))
                    .addServlet("/source/*", new SourceTextServlet(dataset, sourceTexts))
                    .addServlet("/ontology", new OntologyServlet(dataset))
                    .addServlet("/ontology/*", new OntologyModuleServlet(ontologyDir))
                    .addServlet("/.well-known/void", new VoidServlet(dataset));
            dumpsDir.ifPresent(dir -> builder.addServlet("/dumps/*", new DumpsServlet(dir)));
            ExploreServlet explore = new ExploreServlet(lazily(() -> GraphView.of(dataset)), new TextSearch(dataset));
            builder.addServlet("/explore", explore).addServlet("/explore/*", explore);
            writers.ifPresent(credentials -> protect(builder, credentials));
            UiServlet ui = new UiServlet();
            return builder.addServlet("", ui).addServlet("/ui/*", ui);
        }

        private void protect(FusekiServer.Builder builder, Credentials credentials) {
            var onlyThem = Auth.policyAllowSpecific(credentials.user());
            builder.addEndpoint(DATASET, WRITE_ENDPOINTS.get(0), Operation.Update, onlyThem)
                    .addEndpoint(DATASET, WRITE_ENDPOINTS.get(1), Operation.GSP_RW, onlyThem)
                    .enablePing(admin).enableStats(admin);
            List<String> guarded = new ArrayList<>(List.of(ADMIN));
            WRITE_ENDPOINTS.forEach(e -> guarded.add(DATASET + "/" + e));
            builder.addFilter("/*", new WriteAccessFilter(credentials, guarded));
            builder.addFilter(DATASET + "/*", new UpdateFence(DATASET + "/" + WRITE_ENDPOINTS.get(0), updateMaxTriples, updateTimeout, loadFence));
        }

        /** A supplier that computes its value once, on first use, thread-safely. */
        private static <T> Supplier<T> lazily(Supplier<T> compute) {
            return new Supplier<>() {
                private volatile T value;

                @Override
                public T get() {
                    T known = value;
                    if (known == null) {
                        synchronized (this) {
                            known = value;
                            if (known == null) value = known = compute.get();
                        }
                    }
                    return known;
                }
            };
        }

        /** Host binding, plain-text errors and the request log, which Fuseki's builder does not offer. */
        private void configureJetty(Server jetty) {
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
            PlainErrorHandler errors = new PlainErrorHandler();
            jetty.setErrorHandler(errors);
            for (ContextHandler context : jetty.getDescendants(ContextHandler.class)) {
                context.setErrorHandler(errors);
            }
            jetty.setRequestLog(RequestLogging.create());
            RequestLimits.apply(jetty);
            ResponseBuffers.apply(jetty);
        }
    }
}
