package org.w3id.cstokg.facts;

/**
 * Where a value stands in a source file: {@code file:line:column}, lines and columns from 1.
 * A line of 0 means the whole file (or directory).
 */
public record Location(String file, int line, int column) {

    /** The whole file, for problems that have no position inside it. */
    public static Location of(String file) { return new Location(file, 0, 0); }

    @Override
    public String toString() {
        String shown = PrintableName.of(file);
        return line == 0 ? shown : shown + ":" + line + ":" + column;
    }
}
