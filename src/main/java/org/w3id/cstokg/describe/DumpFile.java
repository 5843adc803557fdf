package org.w3id.cstokg.describe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A dump file of the dataset, its media type ({@code application/trig}, {@code application/n-quads}, …),
 * size and SHA-256, as listed in the description's DCAT distributions. A writer that hashed the
 * file while writing it passes size and hash; otherwise {@link #DumpFile(Path, String)} reads the file once.
 * An RDF dump that carries the description itself cannot be listed with its own size and hash
 * ({@link #holdingTheDescription}): those are in {@code SHA256SUMS} only.
 */
public record DumpFile(Path file, String mediaType, long size, String sha256) {
    public DumpFile {
        if (!mediaType.matches("[a-z]+/[a-z0-9.+-]+"))
            throw new IllegalArgumentException("Not a media type: " + mediaType);
        if (size >= 0 && !Files.isRegularFile(file))
            throw new IllegalArgumentException("Not a dump file: " + file);
        if (size >= 0 && !sha256.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
    }

    /** A dump that will hold the description listing it, so is listed without size or hash; it may not be written yet. */
    public static DumpFile holdingTheDescription(Path file, String mediaType) {
        return new DumpFile(file, mediaType, -1, "");
    }

    /** Whether this dump holds the description, and so is listed without size and hash. */
    public boolean holdsTheDescription() {
        return size < 0;
    }

    /** The file as it is on disk: its size and hash read from it. */
    public DumpFile(Path file, String mediaType) {
        this(file, mediaType, existingSize(file), sha256(file));
    }

    private static long existingSize(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("Not a dump file: " + file);
        return size(file);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the file's bytes, in lower-case hex as {@code sha256sum} prints it ("" if it is no file). */
    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) return "";
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JVM", e);
        }
    }
}
