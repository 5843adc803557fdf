package org.w3id.cstokg.audit;

import java.util.Objects;

/**
 * A reviewed entry of a fact file's {@code audit:} list: in {@code paragraph} (0 for the caption),
 * the words {@code text} state no fact of their own, for {@code reason}.
 */
public record Exemption(int paragraph, String text, String reason) {

    public Exemption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph numbers start at 1 (0 is the caption), got " + paragraph);
        }
    }

    /** The part the exemption is about. */
    public ArticlePart part() {
        return new ArticlePart(paragraph);
    }

    /** True if this exempts {@code mention}, found in {@code part}: same part, same words in any case. */
    public boolean covers(ArticlePart part, Mention mention) {
        return part().equals(part) && text.strip().equalsIgnoreCase(mention.text().strip());
    }
}
