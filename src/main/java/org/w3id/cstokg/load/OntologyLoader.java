package org.w3id.cstokg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LabelToNode;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.facts.Location;

/** Parses the Turtle files of {@code ontology/} into the ontology graph and {@code ontology/shapes/} into the shapes graph. */
final class OntologyLoader {
    static final String SHAPES_DIR = "shapes";

    private final ErrorHandler errors;

    OntologyLoader(ErrorHandler errors) { this.errors = errors; }

    /** Loads every {@code *.ttl} under {@code dir} outside {@code shapes/}; returns how many files. */
    int loadOntology(Path dir, Graph into) {
        if (!Files.isDirectory(dir)) {
            errors.error(Location.of(dir.toString()), "no such directory: the ontology is read from it (the option"
                    + " --ontology DIR; by default ./ontology, so run kg from the project's folder or name it)");
            return 0;
        }
        List<Path> files = turtle(dir).stream().filter(p -> !p.startsWith(dir.resolve(SHAPES_DIR))).toList();
        if (files.isEmpty()) errors.error(Location.of(dir.toString()), "holds no *.ttl file outside shapes/, so no ontology");
        return load(dir, files, into);
    }

    /** Loads every {@code *.ttl} under {@code dir/shapes}; returns how many files. */
    int loadShapes(Path dir, Graph into) { return load(dir, turtle(dir.resolve(SHAPES_DIR)), into); }

    private int load(Path dir, List<Path> files, Graph into) {
        for (Path file : files) {
            try {
                // blank nodes labelled from the file's path in the ontology folder (e.g. shapes/x.ttl), not a
                // random seed: the same files give the same labels in every build and checkout, so the
                // dumps holding them are the same bytes; two files never share a seed
                String name = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                UUID seed = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
                RDFParser.source(file).lang(Lang.TURTLE).labelToNode(LabelToNode.createScopeByDocumentHash(seed)).parse(into);
            } catch (RiotParseException e) {
                errors.error(new Location(file.toString(), (int) e.getLine(), (int) e.getCol()), e.getOriginalMessage());
            } catch (RiotException e) {
                errors.error(Location.of(file.toString()), e.getMessage());
            }
        }
        return files.size();
    }

    private List<Path> turtle(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            errors.error(Location.of(dir.toString()), "cannot list directory: " + e.getMessage());
            return List.of();
        }
    }
}
