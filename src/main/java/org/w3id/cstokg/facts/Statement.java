package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/**
 * Something said or held: a quotation, claim, position, rule of engagement or the author's
 * assessment. {@code byAuthor} means {@code by: author}, the document's author.
 */
public record Statement(String id, StatementKind kind, Optional<Ref> by, boolean byAuthor, Time time,
        Optional<String> quote, Optional<String> content, List<Ref> about, List<Citation> cites, ValueCites valueCites,
        Location at) {

    /** The YAML keys of a statement. */
    public static final List<String> KEYS =
            List.of("id", "kind", "by", "date", "time", "timeZone", "quote", "content", "about", "cite");
    /** The value of {@code by} that means the document's author. */
    public static final String AUTHOR = "author";
}
