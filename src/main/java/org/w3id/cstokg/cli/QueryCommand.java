package org.w3id.cstokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.export.Freshness;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.query.QueryRunner;
import org.w3id.cstokg.query.ResultFormat;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.query.ServedDataset;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg query FILE.rq}: runs SPARQL on the built graph as the endpoint serves it (every named
 * graph, inferred and VoID included; their union as default graph; the text index), read from the
 * TriG dump, which is built first, as {@code kg build} does, when missing or stale.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the built graph as /csto/sparql answers it (target/kg/csto-kg.trig; "
                + "built first, as kg build does, if missing or older than data/ or ontology/).")
final class QueryCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("query");

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format = ResultFormat.TEXT;

    @Mixin
    SourceOptions sources;

    @Mixin
    BuildDirOption out;

    @Mixin
    QcOption qc;

    @Option(names = "--base-url", paramLabel = "URL", hidden = true)
    String baseUrl = BuildCommand.DEFAULT_BASE_URL;

    @Override
    public Integer call() throws IOException {
        Query query = SparqlFile.parse(file);
        Optional<Dataset> dataset = dataset();
        if (dataset.isEmpty()) return ExitCodes.of(Outcome.FAILED);
        QueryRunner.run(query, dataset.get(), format, System.out);
        System.out.flush();
        return ExitCodes.of(Outcome.OK);
    }

    private Optional<Dataset> dataset() throws IOException {
        Path dump = out.out.resolve(Format.TRIG.fileName());
        BuildStamp stamp = BuildStamp.of(List.of(sources.data, sources.ontology));
        if (!Freshness.isFresh(dump, sources.data, sources.ontology) || !KgStore.currentStamp(out.out).equals(Optional.of(stamp))) {
            LOG.info("{} is missing or older than the sources or than csto-kg; building {} first", dump, out.out);
            try {
                new StoreBuilder(out.out).build(new GraphPipeline(sources, qc.qc, baseUrl, System.err), stamp);
            } catch (KgException e) {
                System.err.println(e.getMessage());
                return Optional.empty();
            }
        }
        LOG.info("Querying {}", dump);
        return Optional.of(ServedDataset.read(dump));
    }
}
