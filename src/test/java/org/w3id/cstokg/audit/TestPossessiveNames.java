package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The possessive forms of a state's name that name its contingent (check 5) and, for check 16, the state too. */
class TestPossessiveNames {

    @Test
    void aStatesPossessiveBeforeItsContingentsNoun() {
        assertThat(NameIndex.possessiveForms("Russia")).contains("Russia's contingent", "Russia's own contingent",
                "Russia's troops", "Russia's own soldiers", "Russia's contingents").noneMatch(f -> f.startsWith("Russia' "));
        assertThat(NameIndex.possessiveForms("Belarus")).contains("Belarus's contingent", "Belarus' contingent",
                "Belarus' own troops");
    }

    @Test
    void onlyThoseFormsArePossessives() {
        assertThat(NameIndex.possessive("Russia's own contingent")).isTrue();
        assertThat(NameIndex.possessive("Belarus' troops")).isTrue();
        assertThat(NameIndex.possessive("Russia's military-transport aviation")).isFalse();
        assertThat(NameIndex.possessive("the Russian contingent")).isFalse();
    }
}
