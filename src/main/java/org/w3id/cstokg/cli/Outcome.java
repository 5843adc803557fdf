package org.w3id.cstokg.cli;

/** How a command ended; {@link ExitCodes} turns it into the process exit code. */
enum Outcome {
    /** Everything worked. */
    OK,
    /** The facts, the ontology or a query had errors, or validation found violations. */
    FAILED,
    /** The command line was wrong. */
    USAGE
}
