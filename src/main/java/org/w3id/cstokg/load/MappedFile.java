package org.w3id.cstokg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;

/**
 * One fact file as a chunk mapped it: its version (see {@link #version}), the named graph of its
 * document, the text file its header names ("" if none), and its share of the links graph (which
 * all files fill together). What an incremental build needs to tell whether the file changed and
 * to take its triples out again.
 */
public record MappedFile(Path file, String version, String graph, String text, Graph links) {

    /**
     * The SHA-256 of the file's content, and of the text file its header names when there is one
     * (the graph has the evidence words' offsets in it): equal versions map to equal graphs.
     */
    public static String version(Path file, String text) {
        String yaml = FileHash.of(file);
        if (text.isEmpty()) return yaml;
        Path textFile = Path.of(text);
        return yaml + "+" + (Files.isRegularFile(textFile) ? FileHash.of(textFile) : "absent");
    }
}
