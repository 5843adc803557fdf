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
 */
public record DumpFile(Path file, String mediaType, long size, String sha256) {
    public DumpFile {
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("Not a dump file: " + file);
        if (!mediaType.matches("[a-z]+/[a-z0-9.+-]+"))
            throw new IllegalArgumentException("Not a media type: " + mediaType);
        if (!sha256.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
    }

    /** The file as it is on disk: its size and hash read from it. */
    public DumpFile(Path file, String mediaType) {
        this(file, mediaType, size(file), sha256(file));
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
