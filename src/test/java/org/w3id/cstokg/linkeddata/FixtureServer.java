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
        server = FusekiServer.create().port(0).loopback(true)
                .add("/csto", dataset, false)
                .addServlet("/id/*", new IdRedirectServlet(dataset))
                .addServlet("/doc/*", new ResourceDocumentServlet(dataset))
                .addServlet("/ontology", new OntologyServlet(dataset))
                .addServlet("/.well-known/void", new VoidServlet(dataset))
                .build().start();
    }

    static Dataset fixture() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset, FIXTURE);
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
