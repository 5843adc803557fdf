package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * A group's words after "other" name the members the text has not named before them (check 5):
 * "the other member states" after a text that named one member by its president and another by its
 * demonym names the remaining members, all of them together.
 */
class TestOtherMembers {

    private static final String GRAPH = """
            PREFIX kg: <https://w3id.org/csto-kg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX : <https://example.org/>
            :league rdfs:label "League" ; kg:membersReferredToAs "member states" .
            :alba rdfs:label "Alba" ; org:memberOf :league .
            :bria rdfs:label "Bria" ; org:memberOf :league ; kg:demonym "Brian" .
            :cora rdfs:label "Cora" ; org:memberOf :league .
            :dala rdfs:label "Dala" ; org:memberOf :league .
            :president-of-alba rdfs:label "President of Alba" ; org:postIn :alba .
            :ana rdfs:label "Ana Berg" , "Berg" ; org:holds :president-of-alba .
            :wire rdfs:label "Wire" ; kg:ofState :bria .
            :mission rdfs:label "the Mission" ; kg:membersReferredToAs "national contingents" .
            :alba-contingent rdfs:label "Alban contingent" ; kg:partOfMission :mission ; kg:contributedBy :alba .
            :bria-contingent rdfs:label "Brian contingent" ; kg:partOfMission :mission ; kg:contributedBy :bria .
            :cora-contingent rdfs:label "Coran contingent" ; kg:partOfMission :mission ; kg:contributedBy :cora .
            """;

    private static NameIndex names() {
        Model doc = ModelFactory.createDefaultModel();
        doc.read(new StringReader(GRAPH), null, "TTL");
        return NameIndex.of(doc);
    }

    private static NameIndex.Occurrence group(String text) {
        return last(text, "member states");
    }

    private static NameIndex.Occurrence last(String text, String words) {
        return names().in(text, new Span(0, text.length())).stream().filter(o -> o.name().equals(words)).reduce((a, b) -> b).orElseThrow();
    }

    private static Set<String> bearers(NameIndex.Occurrence o) {
        return o.bearers().stream().map(r -> r.getLocalName()).collect(Collectors.toSet());
    }

    @Test
    void theOthersAreTheMembersNotNamedBefore() {
        NameIndex.Occurrence others = group("Berg called her Brian counterpart. Then the other member states agreed.");
        assertThat(bearers(others)).containsExactlyInAnyOrder("cora", "dala");
        assertThat(others.together()).isTrue();
    }

    @Test
    void withoutAnyMemberNamedBeforeAnyOneAccountsForTheWords() {
        NameIndex.Occurrence others = group("Then the other member states agreed; Berg did not.");
        assertThat(bearers(others)).containsExactlyInAnyOrder("alba", "bria", "cora", "dala");
        assertThat(others.together()).isFalse();
    }

    @Test
    void withoutOtherTheGroupWordsNameEveryMember() {
        NameIndex.Occurrence all = group("Berg called her Brian counterpart. Then the member states agreed.");
        assertThat(bearers(all)).containsExactlyInAnyOrder("alba", "bria", "cora", "dala");
        assertThat(all.together()).isTrue();
    }

    @Test
    void anOutletOfAStateNamesNoMember() {
        NameIndex.Occurrence others = group("Berg appealed (Wire, January 5). Then the other member states agreed.");
        assertThat(bearers(others)).containsExactlyInAnyOrder("bria", "cora", "dala");
        assertThat(others.together()).isTrue();
    }

    @Test
    void groupWordsBeforeNameNoOneMember() {
        String text = "The other member states agreed. Berg later thanked the other member states.";
        assertThat(group(text).together()).isTrue();
        assertThat(bearers(group(text))).containsExactlyInAnyOrder("bria", "cora", "dala");
    }

    @Test
    void aStateNamesItsContingentAndTheMissionStaysNamed() {
        NameIndex.Occurrence others = last("Bria sent troops. The other national contingents followed.", "national contingents");
        assertThat(bearers(others)).containsExactlyInAnyOrder("alba-contingent", "cora-contingent", "mission");
        assertThat(others.together()).isTrue();
        NameIndex.Occurrence all = last("Then the Mission began. The other national contingents followed.", "national contingents");
        assertThat(all.together()).isFalse();
    }
}
