package org.w3id.cstokg.linkeddata;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.vocab.Ids;

/**
 * The folder of source texts a server may show ({@code kg serve --sources DIR}): the text of
 * document {@code ID} is {@code DIR/ID.txt}, else the one file {@code DIR/ID-*.txt} (such as
 * {@code edm-19-2-russian-led-mission-in-kazakhstan-part-one.txt}), read as UTF-8 on each request.
 * {@link #NONE} serves no text. Usage: {@code SourceTextFolder.in(Path.of("/work/shared/sources")).text("edm-19-2")}.
 */
public final class SourceTextFolder {
    /** No folder: every page says where the text is published instead. */
    public static final SourceTextFolder NONE = new SourceTextFolder(null);
    /** Larger files are not source texts of this project (the article is some 10 KB). */
    static final long MAX_BYTES = 8L << 20;
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.server.linkeddata");

    private final Path folder;

    private SourceTextFolder(Path folder) {
        this.folder = folder;
    }

    /** The texts in {@code folder}, which must be a readable directory. */
    public static SourceTextFolder in(Path folder) {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder))
            throw new IllegalArgumentException("Not a readable folder of source texts: " + folder);
        return new SourceTextFolder(folder);
    }

    /** The text of the document whose IRI is {@code documentIri}, when the folder has it. */
    Optional<SourceText> forDocument(String documentIri) {
        if (folder == null || !documentIri.startsWith(Ids.NS)) return Optional.empty();
        String id = documentIri.substring(Ids.NS.length());
        if (ResourcePath.localName("/" + id).isEmpty() || id.contains("/")) return Optional.empty();
        return file(id).flatMap(file -> read(id, file));
    }

    private Optional<Path> file(String id) {
        Path exact = folder.resolve(id + ".txt");
        if (Files.isRegularFile(exact)) return Optional.of(exact);
        List<Path> named = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> f.getFileName().toString().startsWith(id + "-")
                && f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))) {
            files.forEach(named::add);
        } catch (IOException e) {
            LOG.warn("Cannot list the source texts in {}: {}", folder, e.getMessage());
            return Optional.empty();
        }
        if (named.size() > 1) LOG.warn("Several source texts could be {} in {}: {}; showing none", id, folder, named);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Optional<SourceText> read(String id, Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                LOG.warn("The source text {} is larger than {} bytes; not shown", file, MAX_BYTES);
                return Optional.empty();
            }
            return Optional.of(new SourceText(id, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (CharacterCodingException e) {
            LOG.warn("The source text {} is not UTF-8; not shown", file);
        } catch (IOException e) {
            LOG.warn("Cannot read the source text {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }
}
