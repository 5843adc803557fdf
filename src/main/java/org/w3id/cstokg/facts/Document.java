package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source document a fact file describes: an article of an outlet (outlet, volume, issue,
 * published, url, {@code paragraphs}, its number in a series as its title gives it ({@code seriesPart}), and for the audit the path of its {@code text} file and its
 * paragraph {@code layout}), or a table ({@code file}, relative to the shared folder, and its number
 * of {@code lines}). Counts that do not apply to the type are 0.
 */
public record Document(String id, DocumentType type, String title, Optional<Ref> outlet, Optional<Long> volume,
        Optional<Long> issue, Optional<LocalDate> published, Optional<String> url, int paragraphs,
        Optional<String> file, int lines, Location at, Optional<String> text, ParagraphLayout layout,
        Optional<Long> seriesPart) {

    /** The YAML keys of the {@code document} section, of either type. */
    public static final List<String> KEYS = List.copyOf(new LinkedHashSet<>(
            Stream.of(DocumentType.values()).flatMap(t -> t.keys().stream()).toList()));

    public boolean isTable() { return type == DocumentType.TABLE; }
}
