package org.w3id.cstokg.facts;

import java.util.List;

/**
 * A reviewed entry of the {@code audit:} list: words of the article ({@code text}: a number or
 * quotation as written) that state no fact of their own, or, with {@code sentence}, a sentence
 * (named by its first words) that no evidence needs to cover, such as the author's outlook; or, with
 * {@code about} (an id; empty when absent), the evidence words {@code text} of a statement that is
 * about that resource without naming it ("It went swiftly in": the mission of the sentence before).
 */
public record AuditNote(int paragraph, String text, String reason, Location at, boolean sentence, String about) {

    /** The YAML keys of an audit entry. */
    public static final List<String> KEYS = List.of("para", "text", "sentence", "about", "reason");

    /** An entry naming words ({@code text}) or, with {@code sentence}, a sentence. */
    public AuditNote(int paragraph, String text, String reason, Location at, boolean sentence) {
        this(paragraph, text, reason, at, sentence, "");
    }

    /** An entry naming words ({@code text}). */
    public AuditNote(int paragraph, String text, String reason, Location at) {
        this(paragraph, text, reason, at, false);
    }
}
