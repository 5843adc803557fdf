package org.w3id.cstokg.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source document a fact file describes: an article of an outlet (its {@code outlet}, its
 * {@code paragraphs}, and for the audit the path of its {@code text} file and its paragraph
 * {@code layout}), or a table ({@code file}, relative to the shared folder, and its number of
 * {@code lines}); with what the keys its type declares in the ontology state about it (an article's
 * volume, issue, publication date, URL and part of a series: {@code kg:factSection "document"}).
 * Counts that do not apply to the type are 0.
 *
 * @param stated what the type's declared keys state, mapped onto the document's node as a fact's are
 */
public record Document(String id, DocumentType type, String title, Optional<Ref> outlet, List<Stated> stated,
        int paragraphs, Optional<String> file, int lines, Location at, Optional<String> text, ParagraphLayout layout) {

    public Document { stated = List.copyOf(stated); }

    /** The structural keys of the {@code document} section, of either type (the declared ones are the ontology's). */
    public static final List<String> KEYS = List.copyOf(new LinkedHashSet<>(
            Stream.of(DocumentType.values()).flatMap(t -> t.keys().stream()).toList()));

    public boolean isTable() { return type == DocumentType.TABLE; }
}
