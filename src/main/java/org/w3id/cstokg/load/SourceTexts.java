package org.w3id.cstokg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.w3id.cstokg.audit.ArticleText;
import org.w3id.cstokg.facts.Document;

/**
 * The text of a document for locating its evidence words, when its header names a {@code text} file
 * (relative to the working directory, the repository) that is present. The project does not hold the
 * texts: without one the graph has the words of each citation but not their offsets.
 */
final class SourceTexts {
    private SourceTexts() {}

    static Optional<ArticleText> read(Document document) {
        if (document.isTable() || document.text().isEmpty()) return Optional.empty();
        Path file = Path.of(document.text().get());
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(ArticleText.read(file, document.layout()));
        } catch (IOException | RuntimeException unreadable) {
            // The audit reads the same file and says what is wrong with it; the graph just has no offsets.
            return Optional.empty();
        }
    }
}
