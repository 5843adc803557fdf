package org.w3id.cstokg.publish;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every named graph of a dataset to a SPARQL 1.1 Graph Store Protocol endpoint with one
 * {@code PUT ?graph=IRI} each (so publishing again replaces, never duplicates), then asks the
 * store's query endpoint how many triples each graph holds.
 * <p>Usage: {@code GraphStorePublisher.create().endpoint("https://store/csto/data").basicAuth("u", pw).build().publish(ds)}
 */
public final class GraphStorePublisher {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.publish");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final String endpoint;
    private final String queryEndpoint;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private GraphStorePublisher(Builder builder) {
        this.endpoint = builder.endpoint;
        this.queryEndpoint = builder.queryEndpoint != null ? builder.queryEndpoint : QueryEndpoints.siblingOf(builder.endpoint);
        this.authorization = builder.authorization;
    }

    public static Builder create() {
        return new Builder();
    }

    public String queryEndpoint() {
        return queryEndpoint;
    }

    /** PUTs each named graph, then counts; throws {@link PublishException} when the store refuses or cannot be reached. */
    public PublishReport publish(Dataset dataset) {
        List<String> graphs = Txn.calculateRead(dataset, () -> Iter.toList(dataset.listNames()));
        if (graphs.isEmpty())
            throw new PublishException("The dataset has no named graphs: nothing to publish.");
        List<GraphCount> counts = new ArrayList<>();
        for (String graph : graphs) {
            Graph data = Txn.calculateRead(dataset, () -> copy(dataset, graph));
            put(graph, data);
            counts.add(new GraphCount(graph, data.size(), remoteCount(graph)));
        }
        return new PublishReport(counts);
    }

    private static Graph copy(Dataset dataset, String graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.getNamedModel(graph).getGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    private void put(String graph, Graph data) {
        LOG.info("PUT {} triples to {} graph {}", data.size(), endpoint, graph);
        GSP gsp = GSP.service(endpoint).httpClient(http).graphName(graph);
        if (authorization != null)
            gsp.httpHeader("Authorization", authorization);
        try {
            gsp.PUT(data);
        } catch (HttpException e) {
            throw new PublishException("PUT of graph " + graph + " to " + endpoint + " failed: " + status(e), e);
        }
    }

    private long remoteCount(String graph) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(COUNT);
        query.setIri("g", graph);
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(queryEndpoint).httpClient(http).query(query.asQuery());
        if (authorization != null)
            builder.httpHeader("Authorization", authorization);
        try (QueryExecutionHTTP exec = builder.build()) {
            QuerySolution row = exec.execSelect().next();
            return row.getLiteral("n").getLong();
        } catch (HttpException e) {
            throw new PublishException("Counting graph " + graph + " at " + queryEndpoint + " failed: " + status(e), e);
        }
    }

    private static String status(HttpException e) {
        if (e.getStatusCode() > 0)
            return e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                    + (e.getStatusCode() == 401 || e.getStatusCode() == 403 ? " (check --user and --password-file)" : "");
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Where to publish and as whom. */
    public static final class Builder {
        private String endpoint;
        private String queryEndpoint;
        private String authorization;

        private Builder() {}

        /** The Graph Store Protocol endpoint, such as Fuseki's {@code http://host:3030/csto/data}. */
        public Builder endpoint(String url) {
            this.endpoint = checkUrl(url);
            return this;
        }

        /** The SPARQL query endpoint used to verify counts; defaults to the GSP endpoint's {@code sparql} sibling. */
        public Builder queryEndpoint(String url) {
            this.queryEndpoint = checkUrl(url);
            return this;
        }

        /** HTTP Basic credentials, sent with every request. */
        public Builder basicAuth(String user, String password) {
            if (user.isEmpty() || user.contains(":"))
                throw new IllegalArgumentException("A user name is not empty and has no ':'");
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public GraphStorePublisher build() {
            if (endpoint == null)
                throw new IllegalStateException("No Graph Store Protocol endpoint");
            return new GraphStorePublisher(this);
        }

        private static String checkUrl(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a URL: " + url);
            }
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null)
                throw new IllegalArgumentException("Not an http(s) URL: " + url);
            return url;
        }
    }
}
