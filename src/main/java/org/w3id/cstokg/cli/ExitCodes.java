package org.w3id.cstokg.cli;

/** The one place outcomes become exit codes: 0 ok, 1 data or validation errors, 2 usage errors. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    static int of(Outcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case FAILED -> FAILED;
            case USAGE -> USAGE;
        };
    }
}
