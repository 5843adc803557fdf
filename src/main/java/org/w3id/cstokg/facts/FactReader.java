package org.w3id.cstokg.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads fact files into the typed fact model, reporting every problem to an {@link ErrorHandler}
 * instead of throwing. If the handler received errors, the returned facts are incomplete.
 * <pre>{@code
 * ErrorRecorder errors = new ErrorRecorder();
 * Facts facts = FactReader.readDirectory(Path.of("data"), format, errors);   // format: load.OntologyFactFormat
 * }</pre>
 */
public final class FactReader {
    private FactReader() {}

    /** Reads every {@code *.yaml} directly in {@code dir}, in name order; none at all is an error. */
    public static Facts readDirectory(Path dir, FactFormat format, ErrorHandler errors) {
        return readFiles(list(dir, errors), format, errors);
    }

    /** The fact files ({@code *.yaml}) directly in {@code dir}, in name order; none at all, or no such directory, is an error. */
    public static List<Path> list(Path dir, ErrorHandler errors) {
        if (!Files.isDirectory(dir)) {
            errors.error(Location.of(dir.toString()), "no such directory");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = FactFileCheck.select(dir, list.sorted().toList(), errors);
        } catch (IOException e) {
            errors.error(Location.of(dir.toString()), "cannot list directory: " + e.getMessage());
            return List.of();
        }
        if (files.isEmpty()) errors.error(Location.of(dir.toString()), "no fact files (*.yaml) found");
        return files;
    }

    /** Reads the given fact files and checks the references between them. */
    public static Facts readFiles(List<Path> files, FactFormat format, ErrorHandler errors) {
        FactScan scan = new FactScan(format, errors);
        List<FactFile> read = new ArrayList<>();
        for (Path path : files) scan.read(path).ifPresent(read::add);
        scan.finish();
        return new Facts(List.copyOf(read));
    }

    /**
     * Reads one fact file on its own, without the checks across files; for a second pass over files
     * a {@link FactScan} has already checked.
     */
    public static Optional<FactFile> readOne(Path path, FactFormat format, ErrorHandler errors) {
        return readFile(path, new Reading(path.toString(), format, errors));
    }

    static Optional<FactFile> readFile(Path path, Reading reading) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > YamlTreeReader.MAX_BYTES) {
                reading.error(new Location(reading.file, 1, 1), String.format("file is %,d bytes, more than the %,d a fact"
                        + " file may have (split it into several files)", size, YamlTreeReader.MAX_BYTES));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            reading.error(Location.of(reading.file), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return Utf8Text.decode(bytes, reading.file, reading::error)
                .flatMap(text -> new YamlTreeReader(reading.file, reading::error).read(text))
                .flatMap(root -> new FactFileReader(reading).read(root));
    }
}
