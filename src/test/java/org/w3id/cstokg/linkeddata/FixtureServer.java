package org.w3id.cstokg.linkeddata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/** A Fuseki server on a free loopback port with the fixture dataset and every linked-data servlet mounted. */
final class FixtureServer implements AutoCloseable {
    static final String FIXTURE = "src/test/resources/linkeddata/fixture.trig";

    private final FusekiServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    FixtureServer(Dataset dataset) {
        this(dataset, SourceTextFolder.NONE);
    }

    /** The server with the source texts of {@code texts} at {@code /source/} and on the pages. */
    FixtureServer(Dataset dataset, SourceTextFolder texts) {
        server = FusekiServer.create().port(0).loopback(true)
                .add("/csto", dataset, false)
                .addServlet("/id/*", new IdRedirectServlet(dataset))
                .addServlet("/doc/*", new ResourceDocumentServlet(dataset, texts))
                .addServlet("/source/*", new SourceTextServlet(dataset, texts))
                .addServlet("/ontology", new OntologyServlet(dataset))
                .addServlet("/.well-known/void", new VoidServlet(dataset))
                .build().start();
    }

    static Dataset fixture() {
        return dataset(FIXTURE);
    }

    static Dataset dataset(String trig) {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, trig);
        return dataset;
    }

    String url(String path) {
        return "http://localhost:" + server.getHttpPort() + path;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null)
            request.header("Accept", accept);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
