package org.w3id.cstokg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.w3id.cstokg.KgException;

/**
 * The one user allowed to write, read from an auth file holding one line {@code user:password}
 * (so the password never appears on a command line or in a process list). Only a SHA-256 digest
 * of the pair is kept; {@link #matches} compares in constant time.
 * Usage: {@code Credentials.read(Path.of("kg-auth.txt")).user()}.
 */
public final class Credentials {
    private final String user;
    private final byte[] digest;

    private Credentials(String user, String password) {
        this.user = user;
        this.digest = sha256(user + ":" + password);
    }

    /** Credentials from their parts; a test or an embedding program may build them directly. */
    public static Credentials of(String user, String password) {
        if (user.isEmpty() || user.contains(":") || password.isEmpty()) {
            throw new KgException("A user name (without ':') and a non-empty password are needed");
        }
        return new Credentials(user, password);
    }

    /** Reads {@code file}: one non-blank line {@code user:password}; anything else is a {@link KgException}. */
    public static Credentials read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new KgException("Cannot read the auth file " + file + ": " + e.getMessage(), e);
        }
        int colon = lines.size() == 1 ? lines.get(0).indexOf(':') : -1;
        if (colon <= 0 || colon == lines.get(0).length() - 1) {
            throw new KgException("The auth file " + file + " must hold one line user:password");
        }
        return new Credentials(lines.get(0).substring(0, colon), lines.get(0).substring(colon + 1));
    }

    public String user() { return user; }

    /** The user named by an {@code Authorization: Basic ...} header whose pair matches, if it does. */
    Optional<String> userOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return Optional.empty();
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(digest, sha256(pair)) ? Optional.of(user) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
