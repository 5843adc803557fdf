package org.w3id.cstokg.cli;

import java.nio.file.Path;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;
import picocli.CommandLine.Option;

/** The options saying where the facts and the ontology are, shared by the commands that build the graph. */
final class SourceOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Directory of fact files *.yaml (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Directory of ontology *.ttl, shapes in its shapes/ (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of("ontology");

    BuildResult build(ErrorHandler errors) {
        return GraphBuilder.create().dataDir(data).ontologyDir(ontology).errorHandler(errors).build();
    }
}
