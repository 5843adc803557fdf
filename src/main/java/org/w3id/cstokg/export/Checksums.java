package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.BufferedOutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.w3id.cstokg.load.FileHash;

/** Atomic file writes and the {@code SHA256SUMS} file ({@code <hex>  <name>} per line, as sha256sum writes). */
final class Checksums {
    /** The body of a file write. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Checksums() {}

    /** Writes to a temporary file beside {@code target}, then renames it into place. */
    static Path writeAtomically(Path target, Body body) throws IOException {
        return writeHashed(target, body).path();
    }

    /** Like {@link #writeAtomically}, hashing the bytes on their way to the file. */
    static WrittenFile writeHashed(Path target, Body body) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        MessageDigest md = FileHash.digest();
        try {
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), md)) {
                body.write(out);
            }
            readableByAll(tmp);
            long size = Files.size(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new WrittenFile(target, size, HexFormat.of().formatHex(md.digest()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the checksums of files hashed as they were written, named relative to the checksum file's directory. */
    static WrittenFile writeSums(Path sumsFile, java.util.Collection<WrittenFile> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (WrittenFile f : files) {
            text.append(f.sha256()).append("  ").append(sumsFile.toAbsolutePath().getParent()
                    .relativize(f.path().toAbsolutePath())).append('\n');
        }
        return writeHashed(sumsFile, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }


    /** Temporary files are created owner-only; the exports are for publishing. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

}
