package org.w3id.cstokg.export;

import java.nio.file.Path;

/** A file an export wrote: where, how many bytes, and their SHA-256 in lower-case hex. */
public record WrittenFile(Path path, long size, String sha256) {}
