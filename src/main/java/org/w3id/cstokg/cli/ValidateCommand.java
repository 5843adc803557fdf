package org.w3id.cstokg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg validate}: the checks of {@code build}, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads and validates data/*.yaml and the ontology (SHACL shapes, QC queries); writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Mixin
    QcOption qc;

    @Override
    public Integer call() {
        return ExitCodes.of(Checks.run(sources, qc.qc, System.err).isPresent() ? Outcome.OK : Outcome.FAILED);
    }
}
