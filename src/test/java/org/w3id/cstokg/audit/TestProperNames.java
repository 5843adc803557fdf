package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capitalised runs {@link ProperNames} takes for proper names, and the capitals it does not. */
class TestProperNames {

    private static List<String> names(String text, String... rest) {
        List<String> texts = new ArrayList<>(List.of(rest));
        texts.add(text);
        return ProperNames.of(texts).in(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aRunOfCapitalisedWordsIsOneName() {
        assertThat(names("then Russia and its allies in the Collective Security Treaty Organization met."))
                .containsExactly("Russia", "Collective Security Treaty Organization");
    }

    @Test
    void ofAndTheJoinCapitalisedWordsButNotEndAName() {
        assertThat(names("He met the Head of the State Duma of Russia."))
                .containsExactly("Head of the State Duma of Russia");
        assertThat(names("the Council of the region")).containsExactly("Council");
    }

    @Test
    void hyphensAndAcronymsBelongToTheName() {
        assertThat(names("so said President Kassym-Jomart Tokayev of the CSTO."))
                .containsExactly("President Kassym-Jomart Tokayev of the CSTO");
        assertThat(names("the CSTO CSC decided")).containsExactly("CSTO CSC");
    }

    @Test
    void aPossessiveEndsANameAndIsNoPartOfIt() {
        assertThat(names("the CSTO\u2019s Collective Security Council and the Ground Forces\u2019 academy"))
                .containsExactly("CSTO", "Collective Security Council", "Ground Forces");
        assertThat(names("the Organization\u2018s member states")).containsExactly("Organization");
    }

    @Test
    void punctuationBreaksARun() {
        assertThat(names("the Belarusian, Armenian and Tajikistani contingents"))
                .containsExactly("Belarusian", "Armenian", "Tajikistani");
    }

    @Test
    void aCapitalThatOnlyOpensASentenceIsNoName() {
        assertThat(names("Medals were awarded. The troops left.")).isEmpty();
        assertThat(names("he said \u201cThese protests are internal\u201d")).isEmpty();
    }

    @Test
    void aSentenceOpeningWordWrittenCapitalisedElsewhereIsAName() {
        assertThat(names("Putin insisted. They called Putin.")).containsExactly("Putin", "Putin");
    }

    @Test
    void aSentenceOpeningWordWrittenInLowerCaseElsewhereIsNoName() {
        assertThat(names("Collective in name. It is the Collective Council.", "a collective mission"))
                .containsExactly("Collective Council");
    }

    @Test
    void lowerCaseWordsAreNoNames() {
        assertThat(names("the troops fanned out in the province")).isEmpty();
    }
}
