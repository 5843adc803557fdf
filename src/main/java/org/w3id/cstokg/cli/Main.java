package org.w3id.cstokg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: the one place that turns outcomes into exit codes.
 * Usage: {@code java -jar csto-kg.jar build}
 */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "csto-kg 0.1.0",
        description = "Builds, checks and serves the csto-kg knowledge graph.",
        subcommands = {ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
