package org.w3id.cstokg.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads fact files into the typed fact model, reporting every problem to an {@link ErrorHandler}
 * instead of throwing. If the handler received errors, the returned facts are incomplete.
 * <pre>{@code
 * ErrorRecorder errors = new ErrorRecorder();
 * Facts facts = FactReader.readDirectory(Path.of("data"), errors);
 * }</pre>
 */
public final class FactReader {
    private FactReader() {}

    /** Reads every {@code *.yaml} directly in {@code dir}, in name order; none at all is an error. */
    public static Facts readDirectory(Path dir, ErrorHandler errors) {
        if (!Files.isDirectory(dir)) {
            errors.error(Location.of(dir.toString()), "no such directory");
            return new Facts(List.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            errors.error(Location.of(dir.toString()), "cannot list directory: " + e.getMessage());
            return new Facts(List.of());
        }
        if (files.isEmpty()) errors.error(Location.of(dir.toString()), "no fact files (*.yaml) found");
        return readFiles(files, errors);
    }

    /** Reads the given fact files and checks the references between them. */
    public static Facts readFiles(List<Path> files, ErrorHandler errors) {
        List<FactFile> read = new ArrayList<>();
        List<Reading.Reference> references = new ArrayList<>();
        Set<String> brokenIds = new HashSet<>();
        for (Path path : files) {
            Reading reading = new Reading(path.toString(), errors);
            readFile(path, reading).ifPresent(read::add);
            references.addAll(reading.references);
            brokenIds.addAll(reading.brokenIds);
        }
        new ReferenceChecker(errors).check(read, references.stream()
                .filter(r -> !brokenIds.contains(r.ref().id())).toList());
        return new Facts(List.copyOf(read));
    }

    private static java.util.Optional<FactFile> readFile(Path path, Reading reading) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > YamlTreeReader.MAX_BYTES) {
                reading.error(new Location(reading.file, 1, 1), String.format("file is %,d bytes, more than the %,d a fact"
                        + " file may have (split it into several files)", size, YamlTreeReader.MAX_BYTES));
                return java.util.Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            reading.error(Location.of(reading.file), "cannot read file: " + e.getMessage());
            return java.util.Optional.empty();
        }
        return Utf8Text.decode(bytes, reading.file, reading::error)
                .flatMap(text -> new YamlTreeReader(reading.file, reading::error).read(text))
                .flatMap(root -> new FactFileReader(reading).read(root));
    }
}
