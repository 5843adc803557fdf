package org.w3id.cstokg.audit;

/**
 * Words the article reports as how something is described, without quotation marks: what follows
 * "described as", "identified as", "labeled as" ("200 troops described as trained peacekeepers").
 * Like a {@link QuotationMention}, a fact matches it with the same words in a literal that holds the
 * article's own wording ({@code kg:describedAs}, {@code kg:missionLabel}, {@code kg:quote}) citing its part.
 */
public record CharacterizationMention(String text, int offset) implements Mention {

    @Override
    public String label() {
        return "characterization \u201c" + text + "\u201d";
    }

    @Override
    public String requirement() {
        return "reports this description (kg:describedAs or kg:missionLabel)";
    }
}
