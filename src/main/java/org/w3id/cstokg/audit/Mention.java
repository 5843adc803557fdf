package org.w3id.cstokg.audit;

/**
 * Something the article states that a fact must match: a number, a date, a clock time, an
 * outlet citation, quoted words or a reported description, with the words it was written in.
 */
public sealed interface Mention permits NumberMention, DateMention, ClockTimeMention, CitationMention,
        QuotationMention, CharacterizationMention {

    /** The article's words, as written (what an {@link Exemption} names). */
    String text();

    /** Where the words start in their paragraph's text; mentions are listed in this order. */
    int offset();

    /** How the report shows the mention, e.g. {@code "four" (4)} or {@code citation (TASS, 2022-01-19)}. */
    String label();

    /** What a matching fact does, e.g. {@code states 4} or {@code cites TASS of 2022-01-19}. */
    String requirement();
}
