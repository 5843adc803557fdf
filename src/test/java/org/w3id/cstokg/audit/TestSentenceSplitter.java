package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestSentenceSplitter {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesEndAtAStopBeforeACapitalADigitOrAQuote() {
        assertThat(sentences("It rained (Wire, May 2). 20 left. \u201cNo,\u201d he said.  Then\u00a0Tom came! Why?"))
                .containsExactly("It rained (Wire, May 2).", "20 left.", "\u201cNo,\u201d he said.", "Then\u00a0Tom came!", "Why?");
    }

    @Test
    void abbreviationsAndInitialsEndNoSentence() {
        assertThat(sentences("Gen. Ivanov left at 9 p.m. Moscow time. The U.S. Army and J. Smith stayed."))
                .containsExactly("Gen. Ivanov left at 9 p.m. Moscow time.", "The U.S. Army and J. Smith stayed.");
    }

    @Test
    void aStopBeforeALowerCaseWordOrInsideANameEndsNone() {
        assertThat(sentences("See Gov.kz and odkb-csto.org. it goes on.")).containsExactly("See Gov.kz and odkb-csto.org. it goes on.");
    }
}
