package org.w3id.cstokg.audit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Words the article puts in quotation marks ("…" or “…”): a party's words, or a label the article
 * quotes. A fact matches it with the same words in a literal that holds the article's own wording
 * ({@code kg:quote}, {@code kg:missionLabel}, {@code kg:describedAs}).
 */
public record QuotationMention(String text, int offset) implements Mention {

    @Override
    public String label() {
        return "quotation \u201c" + text + "\u201d";
    }

    @Override
    public String requirement() {
        return "quotes these words (kg:quote, kg:missionLabel or kg:describedAs)";
    }

    /** The words as compared: white space collapsed, typographic quotes and apostrophes plain, edge punctuation dropped, lower case. */
    static String normalise(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFC)
                .replaceAll("[\u2018\u2019\u02bc]", "'").replaceAll("[\u201c\u201d]", "\"")
                .replaceAll("[\\p{IsWhite_Space}\u00a0]+", " ").strip();
        return plain.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").toLowerCase(Locale.ROOT);
    }
}
