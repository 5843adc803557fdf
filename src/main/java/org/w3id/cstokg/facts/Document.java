package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The source document a fact file describes: one article of an outlet. */
public record Document(String id, String title, Ref outlet, Optional<Long> volume, Optional<Long> issue,
        Optional<LocalDate> published, Optional<String> url, int paragraphs, Location at) {

    /** The YAML keys of the {@code document} section. */
    public static final List<String> KEYS =
            List.of("id", "title", "outlet", "volume", "issue", "published", "url", "paragraphs");
}
