package org.w3id.cstokg.facts;

import java.util.List;

/**
 * The kinds of source document: an article (cited by paragraph) or a table (cited by line), with
 * the keys their structure needs (the parts citations name, the text the audit reads). Further keys
 * are declared in the ontology on the class whose {@code kg:factKind} is the type.
 */
public enum DocumentType {
    ARTICLE("article", List.of("id", "type", "title", "outlet", "paragraphs", "text", "layout")),
    TABLE("table", List.of("id", "type", "title", "file", "lines"));

    private final String key;
    private final List<String> keys;

    DocumentType(String key, List<String> keys) {
        this.key = key;
        this.keys = keys;
    }

    /** The value of {@code type} in the fact file. */
    public String key() { return key; }

    /** The structural keys a {@code document} of this type accepts. */
    public List<String> keys() { return keys; }
}
