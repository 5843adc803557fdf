package org.w3id.cstokg.audit;

import java.time.LocalDate;

/** A calendar date ("January 5", "January 5, 2022", one day of "January 5–6"). */
public record DateMention(String text, int offset, LocalDate date) implements Mention {

    @Override
    public String label() {
        return "\"" + text + "\" (" + date + ")";
    }

    @Override
    public String requirement() {
        return "states " + date;
    }
}
