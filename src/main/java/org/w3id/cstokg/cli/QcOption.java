package org.w3id.cstokg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --qc} option of the commands that validate: where the QC queries are. */
final class QcOption {
    @Option(names = "--qc", paramLabel = "DIR", description = "Directory of QC queries *.rq (default: ${DEFAULT-VALUE}).")
    Path qc = Path.of("queries", "qc");
}
