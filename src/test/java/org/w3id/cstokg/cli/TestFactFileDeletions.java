package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deletions {@link FactFileDeletions} makes of a small fact file: every item of a list is one
 * of its own, whether the list is written in flow ({@code [a, b]}, on one line or over several),
 * as a block (one item a line), or as a long form's {@code value}; a list of one is its field.
 */
class TestFactFileDeletions {
    private static final String FILE = String.join("\n",
            "document:",
            "  id: d",
            "events:",
            "  - id: e",
            "    type: mission",
            "    aliases: [A, B]",
            "    participants: {value: [x, y], cite: \"1: x and y\"}",
            "    protects:",
            "      value: [p, q,",
            "              r]",
            "      cite: \"1: p q r\"",
            "    referredToAs:",
            "      - the op",
            "      - {value: this op, cite: \"2: this op\"}",
            "    recipients:",
            "      - only",
            "    cite:",
            "      - \"1: a\"",
            "      - \"2: b\"",
            "");

    private static Map<String, String> deletions() {
        return FactFileDeletions.of(FILE).stream()
                .collect(Collectors.toMap(FactFileDeletions.Deletion::name, FactFileDeletions.Deletion::text));
    }

    private static String without(String... removedOrChanged) {
        String text = FILE;
        for (int k = 0; k < removedOrChanged.length; k += 2) text = text.replace(removedOrChanged[k], removedOrChanged[k + 1]);
        return text;
    }

    @Test
    void deletesEveryFieldAndEveryListItemButNoEvidence() {
        assertThat(deletions().keySet()).containsExactlyInAnyOrder(
                "line 4: the item - id: e",
                "line 6: the field aliases: [A, B]",
                "line 6: the list item A of aliases: [A, B]",
                "line 6: the list item B of aliases: [A, B]",
                "line 7: the field participants: {value: [x, y], cite: \"1: x and y\"}",
                "line 7: the list item x of participants: {value: [x, y], cite: \"1: x and y\"}",
                "line 7: the list item y of participants: {value: [x, y], cite: \"1: x and y\"}",
                "line 8: the field protects:",
                "line 9: the list item p of value: [p, q, …",
                "line 9: the list item q of value: [p, q, …",
                "line 10: the list item r of value: [p, q, …",
                "line 12: the field referredToAs:",
                "line 13: the list item the op of referredToAs:",
                "line 14: the list item {value: this op, cite: \"2: this op\"} of referredToAs:",
                "line 15: the field recipients:");
    }

    @Test
    void aBlockListItemGoesWithItsLineAlone() {
        Map<String, String> d = deletions();
        assertThat(d.get("line 13: the list item the op of referredToAs:")).isEqualTo(without("      - the op\n", ""));
        assertThat(d.get("line 14: the list item {value: this op, cite: \"2: this op\"} of referredToAs:"))
                .isEqualTo(without("      - {value: this op, cite: \"2: this op\"}\n", ""));
    }

    @Test
    void aValueListItemGoesWithItsComma() {
        Map<String, String> d = deletions();
        assertThat(d.get("line 7: the list item x of participants: {value: [x, y], cite: \"1: x and y\"}"))
                .isEqualTo(without("{value: [x, y],", "{value: [ y],"));
        assertThat(d.get("line 9: the list item q of value: [p, q, …")).isEqualTo(without("[p, q,", "[p,"));
        assertThat(d.get("line 10: the list item r of value: [p, q, …")).isEqualTo(without("[p, q,\n              r]", "[p, q]"));
    }

    @Test
    void theFactsOfARealisticFileAreManyMoreThanItsFields() {
        List<FactFileDeletions.Deletion> all = FactFileDeletions.of(FILE);
        assertThat(all).hasSize(15);
    }
}
