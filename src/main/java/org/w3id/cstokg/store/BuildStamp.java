package org.w3id.cstokg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.cstokg.load.FileHash;

/**
 * A SHA-256 over the names and contents of every file under the source folders (data/ and
 * ontology/) and over the {@link ProgramVersion} that builds from them: equal stamps mean the
 * store built from them is still current.
 * Usage: {@code BuildStamp.of(List.of(Path.of("data"), Path.of("ontology")))}.
 */
public record BuildStamp(String hash) {

    /** The stamp of these folders and of the program reading them; a missing folder counts as empty. */
    public static BuildStamp of(List<Path> folders) {
        return of(folders, true);
    }

    /** The stamp of these folders alone, whatever program reads them. */
    public static BuildStamp ofFiles(List<Path> folders) {
        return of(folders, false);
    }

    private static BuildStamp of(List<Path> folders, boolean withProgram) {
        MessageDigest digest = FileHash.digest();
        if (withProgram) digest.update(("program " + ProgramVersion.id() + "\0").getBytes(StandardCharsets.UTF_8));
        for (Path folder : folders) {
            digest.update(("folder " + folder.getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
            for (Path file : filesUnder(folder)) {
                digest.update(("file " + folder.relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
                digestContent(digest, file);
            }
        }
        return new BuildStamp(HexFormat.of().formatHex(digest.digest()));
    }

    /** The stamp saved in {@code file}, or empty if there is none. */
    public static Optional<BuildStamp> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(new BuildStamp(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Saves this stamp into {@code file}. */
    public void write(Path file) throws IOException {
        Files.writeString(file, hash + "\n");
    }

    private static List<Path> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void digestContent(MessageDigest digest, Path file) {
        try {
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

}
