package org.w3id.cstokg.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.export.Freshness;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.query.QueryRunner;
import org.w3id.cstokg.query.ResultFormat;
import org.w3id.cstokg.query.SparqlFile;
import org.w3id.cstokg.query.UnionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg query FILE.rq}: runs SPARQL on the built graph, the union of its named graphs as default graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the built graph (target/kg/csto-kg.trig, or built in memory if missing or stale).")
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

    @Override
    public Integer call() {
        Query query = SparqlFile.parse(file);
        Optional<Dataset> dataset = dataset();
        if (dataset.isEmpty()) return ExitCodes.of(Outcome.FAILED);
        QueryRunner.run(query, UnionView.of(dataset.get()), format, System.out);
        System.out.flush();
        return ExitCodes.of(Outcome.OK);
    }

    private Optional<Dataset> dataset() {
        Path dump = out.out.resolve(Format.TRIG.fileName());
        if (Freshness.isFresh(dump, sources.data, sources.ontology)) {
            LOG.info("Querying {}", dump);
            return Optional.of(RDFDataMgr.loadDataset(dump.toString()));
        }
        LOG.info("{} is missing or older than the sources; building in memory", dump);
        BuildResult built = sources.build((at, message) -> {});
        built.errors().forEach(System.err::println);
        return built.ok() ? Optional.of(built.dataset()) : Optional.empty();
    }
}
