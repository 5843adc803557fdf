package org.w3id.cstokg.query;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.KgIoException;

/** Reads and parses a {@code .rq} file, turning a syntax error into a message naming the file, line and column. */
public final class SparqlFile {
    private SparqlFile() {}

    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KgException("kg: cannot read " + file + " (no such file)", e);
        } catch (IOException e) {
            throw new KgIoException("kg: cannot read " + file, e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            // Jena's message carries the line and column itself ("... at line 1, column 24.").
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new QuerySyntaxException(file + ": SPARQL syntax error: " + message, e);
        }
    }
}
