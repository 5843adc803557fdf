package org.w3id.cstokg.facts;

import java.util.List;

/** The kinds of source document: an article (cited by paragraph) or a table (cited by line). */
public enum DocumentType {
    ARTICLE("article", List.of("id", "type", "title", "outlet", "volume", "issue", "published", "url", "paragraphs",
            "seriesPart", "text", "layout")),
    TABLE("table", List.of("id", "type", "title", "file", "lines"));

    private final String key;
    private final List<String> keys;

    DocumentType(String key, List<String> keys) {
        this.key = key;
        this.keys = keys;
    }

    /** The value of {@code type} in the fact file. */
    public String key() { return key; }

    /** The keys a {@code document} of this type accepts. */
    public List<String> keys() { return keys; }
}
