package org.w3id.cstokg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --graph} option of the commands that read the built dataset as one TriG file. */
final class DatasetFileOption {
    @Option(names = "--graph", paramLabel = "FILE.trig",
            description = "The built dataset (default: ${DEFAULT-VALUE}).")
    Path graph = Path.of("target", "kg", "csto-kg.trig");
}
