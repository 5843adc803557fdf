package org.w3id.cstokg.audit;

import java.math.BigDecimal;

/** A number in digits or words ("2,500", "four"), or one bound of a range ("100–200"). */
public record NumberMention(String text, int offset, BigDecimal value) implements Mention {

    public NumberMention {
        value = value.stripTrailingZeros();
    }

    public NumberMention(String text, int offset, long value) {
        this(text, offset, BigDecimal.valueOf(value));
    }

    @Override
    public String label() {
        return "\"" + text + "\" (" + value.toPlainString() + ")";
    }

    @Override
    public String requirement() {
        return "states " + value.toPlainString();
    }
}
