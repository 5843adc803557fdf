package org.w3id.cstokg.export;

import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.io.AWriter;

/**
 * Jena's {@link AWriter} over a {@link StringBuilder}: what a node formatter writes (a node, a line
 * of N-Triples), taken as UTF-8 or as a string, to be written to as many files as want it or
 * remembered. Not thread-safe.
 */
final class LineBuffer implements AWriter {
    private final StringBuilder line = new StringBuilder(256);

    /** Empties the buffer for the next line. */
    void clear() { line.setLength(0); }

    /** The characters written since {@link #clear}, as UTF-8. */
    byte[] utf8() { return line.toString().getBytes(StandardCharsets.UTF_8); }

    /** The characters written since {@link #clear}. */
    @Override public String toString() { return line.toString(); }

    @Override public void write(char ch) { line.append(ch); }
    @Override public void write(char[] cbuf) { line.append(cbuf); }
    @Override public void write(String string) { line.append(string); }
    @Override public void print(char ch) { line.append(ch); }
    @Override public void print(char[] cbuf) { line.append(cbuf); }
    @Override public void print(String string) { line.append(string); }
    @Override public void printf(String fmt, Object... arg) { line.append(String.format(fmt, arg)); }
    @Override public void println(String object) { line.append(object).append('\n'); }
    @Override public void println() { line.append('\n'); }
    @Override public void flush() {}
    @Override public void close() {}
}
