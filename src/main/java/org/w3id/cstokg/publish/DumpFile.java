package org.w3id.cstokg.publish;

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
 * A dump file of the dataset and its media type ({@code application/trig}, {@code application/n-quads}, …),
 * as listed in the description's DCAT distributions.
 */
public record DumpFile(Path file, String mediaType) {
    public DumpFile {
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("Not a dump file: " + file);
        if (!mediaType.matches("[a-z]+/[a-z0-9.+-]+"))
            throw new IllegalArgumentException("Not a media type: " + mediaType);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** The SHA-256 of the file's bytes, in lower-case hex as {@code sha256sum} prints it. */
    public String sha256() {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JVM", e);
        }
    }

    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
