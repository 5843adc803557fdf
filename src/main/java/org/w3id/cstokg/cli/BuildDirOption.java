package org.w3id.cstokg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option of the commands that write or read the build's folder (dumps and store). */
final class BuildDirOption {
    @Option(names = "--out", paramLabel = "DIR",
            description = "The build's folder: the dumps and the store (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "kg");
}
