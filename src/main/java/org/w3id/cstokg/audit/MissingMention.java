package org.w3id.cstokg.audit;

/** A mention of the article that no fact citing its part matches. */
public record MissingMention(ArticlePart part, Mention mention) {

    /** {@code paragraph 7: "four" (4) — no fact citing paragraph 7 states 4}. */
    @Override
    public String toString() {
        return part + ": " + mention.label() + " — no fact citing " + part.inProse() + " " + mention.requirement();
    }
}
