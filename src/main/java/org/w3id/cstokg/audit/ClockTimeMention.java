package org.w3id.cstokg.audit;

import java.time.LocalTime;

/** A time of day ("1:20 AM" is 01:20), in whatever zone the article gives it. */
public record ClockTimeMention(String text, int offset, LocalTime time) implements Mention {

    @Override
    public String label() {
        return "\"" + text + "\" (" + time + ")";
    }

    @Override
    public String requirement() {
        return "states " + time;
    }
}
