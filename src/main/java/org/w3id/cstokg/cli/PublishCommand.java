package org.w3id.cstokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.w3id.cstokg.publish.GraphCount;
import org.w3id.cstokg.publish.GraphStorePublisher;
import org.w3id.cstokg.publish.PublishException;
import org.w3id.cstokg.publish.PublishReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kg publish --endpoint URL}: PUTs every named graph of the built dataset to a SPARQL 1.1
 * Graph Store Protocol endpoint and checks the remote triple counts. Exit 0 when every count
 * matches, 1 when publishing failed or a count differs, 2 for bad options.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Sends each named graph of the dataset to a SPARQL Graph Store Protocol endpoint "
                + "(PUT per graph, so publishing again replaces) and checks the triple count of each graph.")
public final class PublishCommand implements Callable<Integer> {
    static final int FAILED = ExitCodes.of(Outcome.FAILED);

    @Spec CommandSpec spec;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Graph Store Protocol endpoint, e.g. http://localhost:3030/csto/data")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL",
            description = "SPARQL query endpoint for the count check (default: the endpoint's sparql sibling)")
    String queryEndpoint;

    @Mixin
    CredentialOptions credentials;

    @Mixin
    DatasetFileOption input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        GraphStorePublisher publisher = publisher();
        try {
            PublishReport report = publisher.publish(read(input.graph));
            for (GraphCount count : report.graphs())
                out.printf("%s %s: %d triples sent, %d in the store%n",
                        count.matches() ? "ok  " : "FAIL", count.graph(), count.expected(), count.actual());
            out.flush();
            if (!report.ok()) {
                err.printf("publish: %d of %d graphs have a different triple count at %s%n",
                        report.mismatches().size(), report.graphs().size(), publisher.queryEndpoint());
                return FAILED;
            }
            return ExitCodes.of(Outcome.OK);
        } catch (PublishException e) {
            err.println("publish: " + e.getMessage());
            return FAILED;
        }
    }

    private GraphStorePublisher publisher() {
        Optional<CredentialOptions.Credential> credential = credentials.credential();
        try {
            GraphStorePublisher.Builder builder = GraphStorePublisher.create().endpoint(endpoint);
            if (queryEndpoint != null)
                builder.queryEndpoint(queryEndpoint);
            credential.ifPresent(c -> builder.basicAuth(c.user(), c.password()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Dataset read(Path file) {
        if (!Files.isRegularFile(file))
            throw new PublishException("No dataset at " + file + " (run ./kg build first, or give --graph FILE.trig)");
        Dataset dataset = DatasetFactory.createTxnMem();
        try {
            RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
        } catch (RiotException e) {
            throw new PublishException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return dataset;
    }
}
