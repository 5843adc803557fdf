package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.Optional;

/** The {@code kind} of a statement. */
public enum StatementKind {
    QUOTATION("quotation", false),
    CLAIM("claim", true),
    POSITION("position", true),
    RULE("rule", false),
    ASSESSMENT("assessment", true);

    private final String key;
    private final boolean needsBy;

    StatementKind(String key, boolean needsBy) {
        this.key = key;
        this.needsBy = needsBy;
    }

    /** The value of {@code kind:} in YAML. */
    public String key() { return key; }

    /** Whether a statement of this kind must say who made it ({@code by}). */
    public boolean needsBy() { return needsBy; }

    public static Optional<StatementKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
