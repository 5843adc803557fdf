package org.w3id.cstokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.export.DumpWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg build}: load and validate, then write the dumps; on any error write nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads data/*.yaml and the ontology, validates, and writes target/kg/csto-kg.{trig,nq,ttl}.")
final class BuildCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("load");

    @Mixin
    SourceOptions sources;

    @Option(names = "--qc", paramLabel = "DIR", description = "Directory of QC queries *.rq (default: ${DEFAULT-VALUE}).")
    Path qc = Path.of("queries", "qc");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the dumps go (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "kg");

    @Override
    public Integer call() {
        var built = Checks.run(sources, qc, System.err);
        if (built.isEmpty()) return ExitCodes.of(Outcome.FAILED);
        DumpWriter.write(built.get().dataset(), out);
        LOG.info("Wrote {}/{}.trig, .nq and .ttl", out, DumpWriter.BASENAME);
        return ExitCodes.of(Outcome.OK);
    }
}
