package org.w3id.cstokg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One query of {@code queries/}, offered in the UI as a named example: its file name, its title
 * (the first {@code # } comment line) and its text.
 */
record ExampleQuery(String name, String title, String text) {
    private static final String COMMENT = "# ";

    /** Every {@code *.rq} file directly in {@code folder}, by file name; none if the folder is missing. */
    static List<ExampleQuery> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> queries = files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
            List<ExampleQuery> examples = new java.util.ArrayList<>();
            for (Path file : queries) {
                examples.add(read(file));
            }
            return examples;
        }
    }

    static ExampleQuery read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String firstLine = text.lines().findFirst().orElse("");
        String title = firstLine.startsWith(COMMENT) ? firstLine.substring(COMMENT.length()).strip() : name;
        return new ExampleQuery(name, title, text);
    }
}
