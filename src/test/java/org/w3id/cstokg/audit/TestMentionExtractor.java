package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestMentionExtractor {

    private static List<String> labels(String paragraph) {
        return new MentionExtractor(2022).extract(paragraph).stream().map(Mention::label).toList();
    }

    // --- citations ----------------------------------------------------------------------------

    @Test
    void aDateOnlyGroupDatesTheUndatedOutletsBeforeIt() {
        assertThat(labels("Standby troops were not used (RIA Novosti, January 6; TASS; January 19)."))
                .containsExactly("citation (RIA Novosti, 2022-01-06)", "citation (TASS, 2022-01-19)");
    }

    @Test
    void severalOutletsShareOneDate() {
        assertThat(labels("Lethal force was authorized (TASS, RIA Novosti, January 6, 2022)."))
                .containsExactly("citation (TASS, 2022-01-06)", "citation (RIA Novosti, 2022-01-06)");
    }

    @Test
    void oneOutletOfSeveralDays() {
        assertThat(labels("He asked for help (Gov.kz, January 5, 6, 2022)."))
                .containsExactly("citation (Gov.kz, 2022-01-05)", "citation (Gov.kz, 2022-01-06)");
    }

    @Test
    void anAccessedDateIsMarked() {
        assertThat(labels("Some 3,600 troops (Odkb-csto.org, accessed January 19, 2022)."))
                .containsExactly("\"3,600\" (3600)", "citation (Odkb-csto.org, accessed 2022-01-19)");
    }

    @Test
    void aReportedDescriptionIsAMention() {
        assertThat(labels("The guards are described as weary veterans, and the cooks identified as bakers."))
                .containsExactly("characterization \u201cweary veterans\u201d", "characterization \u201cbakers\u201d");
        assertThat(labels("A mission labeled as policing. A unit described as \u201celite\u201d."))
                .containsExactly("characterization \u201cpolicing\u201d", "quotation \u201celite\u201d");
    }

    @Test
    void theCaptionSourceIsACitationWithoutADate() {
        assertThat(labels("Soldiers fold a flag (Source: Reuters)")).containsExactly("citation (Reuters)");
    }

    @Test
    void anOutletWithoutADateBeforeADatedOneStaysUndated() {
        assertThat(labels("(Interfax; TASS, January 13)"))
                .containsExactly("citation (Interfax)", "citation (TASS, 2022-01-13)");
    }

    @Test
    void aParentheticalWithoutADateOrSourceIsOrdinaryText() {
        assertThat(labels("The Council (the six leaders) met (see above).")).containsExactly("\"six\" (6)");
    }

    @Test
    void aParentheticalWhoseRestIsNoOutletNameIsOrdinaryText() {
        assertThat(labels("The others landed (on January 7).")).containsExactly("\"January 7\" (2022-01-07)");
    }

    @Test
    void numbersInsideACitationAreNotAlsoNumbers() {
        assertThat(labels("(Radio One, January 10, 2022)")).containsExactly("citation (Radio One, 2022-01-10)");
    }

    // --- dates and times -----------------------------------------------------------------------

    @Test
    void datesWithAndWithoutYear() {
        assertThat(labels("It began on January 2, 2021 and ended by January 5."))
                .containsExactly("\"January 2, 2021\" (2021-01-02)", "\"January 5\" (2022-01-05)");
    }

    @Test
    void aDayRangeGivesBothDays() {
        assertThat(labels("during the night of January 5–6, and of March 1-2"))
                .containsExactly("\"January 5–6\" (2022-01-05)", "\"January 5–6\" (2022-01-06)",
                        "\"March 1-2\" (2022-03-01)", "\"March 1-2\" (2022-03-02)");
    }

    @Test
    void throughJoinsTwoDates() {
        assertThat(labels("From January 6 through January 19, Russia"))
                .containsExactly("\"January 6\" (2022-01-06)", "\"January 19\" (2022-01-19)");
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(labels("February 30")).containsExactly("\"30\" (30)");
    }

    @Test
    void clockTimesInTwentyFourHours() {
        assertThat(labels("At 1:20 AM Moscow time; at 11:05 p.m.; at 12:30 AM; at 14:45; at 9 PM"))
                .containsExactly("\"1:20 AM\" (01:20)", "\"11:05 p.m.\" (23:05)", "\"12:30 AM\" (00:30)",
                        "\"14:45\" (14:45)", "\"9 PM\" (21:00)");
    }

    // --- numbers --------------------------------------------------------------------------------

    @Test
    void digitsWithThousandsSeparatorsAndRanges() {
        assertThat(labels("2,500 troops, some 1,850 Russian, an estimated 100–200 or 30-40 more, and 1.5 tonnes"))
                .containsExactly("\"2,500\" (2500)", "\"1,850\" (1850)", "\"100–200\" (100)", "\"100–200\" (200)",
                        "\"30-40\" (30)", "\"30-40\" (40)", "\"1.5\" (1.5)");
    }

    @Test
    void numberWordsInAnyCase() {
        assertThat(labels("Within four hours, Ten days, twenty-five planes, two hundred men, a thousand cheers"))
                .containsExactly("\"four\" (4)", "\"Ten\" (10)", "\"twenty-five\" (25)", "\"two hundred\" (200)",
                        "\"thousand\" (1000)");
    }

    @Test
    void numberWordsOnlyAsWholeWords() {
        assertThat(labels("Once alone, often someone: the first, third and tenth attempt; tone, ninetyish")).isEmpty();
    }

    @Test
    void mentionsKeepTheirWrittenTextAndOrder() {
        List<Mention> mentions = new MentionExtractor(2022).extract("Only two days later, on January 12 (TASS, January 12).");

        assertThat(mentions).extracting(Mention::text)
                .containsExactly("two", "January 12", "TASS, January 12");
        assertThat(mentions.get(0)).isEqualTo(new NumberMention("two", 5, 2));
    }

    @Test
    void quotedWordsAreMentionsAndTheirNumbersToo() {
        assertThat(labels("Putin said \u201cit lasts 10 days\u201d; the \"peacekeeping\" label stayed."))
                .containsExactly("quotation \u201cit lasts 10 days\u201d", "\"10\" (10)", "quotation \u201cpeacekeeping\u201d");
        assertThat(labels("No quotation marks, 'single quotes' only.")).isEmpty();
    }

    @Test
    void quotedWordsMatchTheArticlesWordingNotADescription() {
        StatedValues stated = new StatedValues();
        stated.addWording("A few days, few weeks, or few months");
        QuotationMention quoted = new QuotationMention("a few days, few weeks,", 0);
        assertThat(stated.states(quoted)).isTrue();
        assertThat(stated.states(new QuotationMention("a few years", 0))).isFalse();
        assertThat(new StatedValues().states(quoted)).isFalse();
    }
}
