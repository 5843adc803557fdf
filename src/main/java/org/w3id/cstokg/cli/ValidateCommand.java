package org.w3id.cstokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg validate}: the checks of {@code build}, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads and validates data/*.yaml and the ontology (SHACL shapes, QC queries); writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--qc", paramLabel = "DIR", description = "Directory of QC queries *.rq (default: ${DEFAULT-VALUE}).")
    Path qc = Path.of("queries", "qc");

    @Override
    public Integer call() {
        return ExitCodes.of(Checks.run(sources, qc, System.err).isPresent() ? Outcome.OK : Outcome.FAILED);
    }
}
