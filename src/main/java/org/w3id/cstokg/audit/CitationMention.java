package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One outlet of a parenthetical citation, with its date if the article gives one:
 * "(RIA Novosti, January 6; TASS; January 19)" holds two. {@code accessed} marks
 * "(Odkb-csto.org, accessed January 19, 2022)", {@code photoSource} a photograph's "(Source: Reuters)".
 */
public record CitationMention(String text, int offset, String outlet, Optional<LocalDate> date, boolean accessed,
                              boolean photoSource) implements Mention {

    @Override
    public String label() {
        return "citation (" + outlet + date.map(d -> (accessed ? ", accessed " : ", ") + d).orElse("") + ")";
    }

    @Override
    public String requirement() {
        return "cites " + outlet + date.map(d -> (accessed ? " accessed " : " of ") + d).orElse("");
    }
}
