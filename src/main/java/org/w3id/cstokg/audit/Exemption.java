package org.w3id.cstokg.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reviewed entry of a fact file's {@code audit:} list: in {@code paragraph} (0 for the caption),
 * the words {@code text} state no fact of their own, for {@code reason}. With {@code sentence}, the
 * entry names the sentence starting with {@code text}, which no evidence needs to cover. With
 * {@code about} (an id, else empty), the entry names no words to skip: the statement whose evidence
 * is {@code text} is about that resource although its words do not name it (check 16).
 */
public record Exemption(int paragraph, String text, String reason, boolean sentence, String about) {

    public Exemption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(about, "about");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph numbers start at 1 (0 is the caption), got " + paragraph);
        }
        if (sentence && !about.isEmpty()) throw new IllegalArgumentException("an entry with about names a statement's words, not a sentence");
    }

    /** An entry naming words ({@code text}) or, with {@code sentence}, a sentence. */
    public Exemption(int paragraph, String text, String reason, boolean sentence) {
        this(paragraph, text, reason, sentence, "");
    }

    /** An exemption of a mention's words. */
    public Exemption(int paragraph, String text, String reason) {
        this(paragraph, text, reason, false);
    }

    /** Whether this names what a statement is about without naming it (check 16), not words or a sentence to skip. */
    public boolean unnamedAbout() {
        return !about.isEmpty();
    }

    /** The part the exemption is about. */
    public ArticlePart part() {
        return new ArticlePart(paragraph);
    }

    /** True if this exempts {@code mention}, found in {@code part}: same part, same words in any case. */
    public boolean covers(ArticlePart part, Mention mention) {
        return !sentence && part().equals(part) && text.strip().equalsIgnoreCase(mention.text().strip());
    }

    /** True if this exempts the words {@code words} (a name) of {@code part}: same part, same words in any case. */
    public boolean coversWords(ArticlePart part, String words) {
        return !sentence && part().equals(part) && lower(text).equals(lower(words));
    }

    /**
     * True if one of {@code exemptions} exempts the words {@code words} of {@code part}; those that do
     * are added to {@code used} (an exemption no check uses is reported stale).
     */
    static boolean claim(List<Exemption> exemptions, ArticlePart part, String words, List<Exemption> used) {
        List<Exemption> covering = exemptions.stream().filter(e -> e.coversWords(part, words)).toList();
        used.addAll(covering);
        return !covering.isEmpty();
    }

    /** True if this names {@code sentence} of {@code part}: same part, the sentence starts with the words, in any case. */
    public boolean coversSentence(ArticlePart part, String sentence) {
        return this.sentence && part().equals(part) && lower(sentence).startsWith(lower(text));
    }

    /** How the report names it: {@code "one"}, {@code sentence "It had one"} or {@code "It went" about mission}. */
    public String shown() {
        return (sentence ? "sentence \"" : "\"") + text + "\"" + (about.isEmpty() ? "" : " about " + about);
    }

    private static String lower(String words) {
        return NormalisedText.words(words).toLowerCase(Locale.ROOT);
    }
}
