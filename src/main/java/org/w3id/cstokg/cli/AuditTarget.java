package org.w3id.cstokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.facts.Facts;

/** One article {@code kg audit} checks: its identifier (empty: the only article in the graph) and its text file. */
record AuditTarget(Optional<String> id, Path text) {

    /**
     * The articles of the fact files (or the one {@code document} names) whose header's {@code text}
     * file is present; each one skipped, and an empty answer, is said on {@code err}.
     */
    static List<AuditTarget> present(Facts facts, Optional<String> document, Path data, PrintWriter err) {
        List<Document> articles = facts.files().stream().flatMap(f -> f.document().stream())
                .filter(d -> !d.isTable()).filter(d -> document.isEmpty() || d.id().equals(document.get())).toList();
        List<AuditTarget> targets = new ArrayList<>();
        for (Document article : articles) {
            if (article.text().isEmpty())
                err.println("kg audit: skipped " + article.id() + ": its document header names no text file");
            else if (!Files.isRegularFile(Path.of(article.text().get())))
                err.println("kg audit: skipped " + article.id() + ": its text " + article.text().get() + " is absent");
            else
                targets.add(new AuditTarget(Optional.of(article.id()), Path.of(article.text().get())));
        }
        if (targets.isEmpty())
            err.println("kg audit: " + document.map(d -> "no article " + d).orElse("no article") + " in " + data
                    + " has its text present; nothing audited (or give --source FILE)");
        return targets;
    }
}
