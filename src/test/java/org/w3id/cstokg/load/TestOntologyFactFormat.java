package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.Fact;
import org.w3id.cstokg.facts.FactFormat;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.Section;

/**
 * The fact format read from the ontology: kinds of concept (schemes) and of statement, and the
 * targets references are restricted to, are data; mistakes in the declarations are reported.
 */
class TestOntologyFactFormat {
    private static final String PREFIXES = """
            @prefix ex: <https://example.org/weapons#> .
            @prefix kg: <https://w3id.org/csto-kg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            """;
    private static final String DOC = """
            document: {id: doc-w, title: T, outlet: the-outlet, paragraphs: 2}
            entities:
              - {id: the-outlet, type: outlet, name: O}
              - {id: russia, type: state, name: Russia, cite: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void aNewConceptSchemeAStatementKindAndAKeyReferringToTheSchemeAreData() throws IOException {
        ErrorRecorder ontologyErrors = new ErrorRecorder();
        FactFormat format = format("""
                ex:WeaponTypes a skos:ConceptScheme ; kg:factSection "concepts" ; kg:factKind "weapon-type" .
                ex:weaponType kg:factKey "weapons" ; kg:factValue kg:ReferenceValue ; kg:factRefersTo ex:WeaponTypes ;
                    kg:factKeyOf kg:Disorder .
                ex:Rumour rdfs:subClassOf kg:Statement ; kg:factSection "statements" ; kg:factKind "rumour" ;
                    kg:factLabelTemplate "Rumour[ about {about}] ({id})" .
                """, ontologyErrors);
        assertThat(ontologyErrors.errors()).isEmpty();
        Files.writeString(dir.resolve("w.yaml"), DOC + """
                concepts:
                  - {id: rifles, scheme: weapon-type, name: rifles, cite: 1}
                events:
                  - {id: riots, type: disorder, name: Riots, date: 2022-01-05, weapons: [rifles], cite: 1}
                  - {id: more-riots, type: disorder, name: More riots, date: 2022-01-06, weapons: russia, cite: 2}
                statements:
                  - {id: r1, kind: rumour, content: Something, about: riots, statements: x, cite: 2}
                """);
        ErrorRecorder errors = new ErrorRecorder();
        Facts facts = FactReader.readDirectory(dir, format, errors);
        assertThat(errors.errors()).extracting(Object::toString).containsExactlyInAnyOrder(
                dir.resolve("w.yaml") + ":9:83: 'russia' must be a concept of scheme weapon-type, but it is an entity of type state",
                dir.resolve("w.yaml") + ":11:62: unknown key 'statements' in statement of kind rumour (expected one of:"
                        + " id, kind, cite, date, time, timeZone, about, by, content, quote, referredToAs)");
        Fact rifles = facts.files().get(0).facts(format.section("concepts").orElseThrow()).findFirst().orElseThrow();
        assertThat(rifles.nodeId()).isEqualTo("weapon-type/rifles");
        assertThat(rifles.kind().scheme()).contains("https://example.org/weapons#WeaponTypes");
        assertThat(format.kind(format.section("statements").orElseThrow(), "rumour").orElseThrow().satisfies())
                .extracting(t -> t.description()).contains("a statement");
    }

    @Test
    void mistakesInTheDeclarationsAreReportedBeforeAnyFactFile() {
        ErrorRecorder errors = new ErrorRecorder();
        format("""
                ex:Alliance kg:factSection "memberships" ; kg:factIdTemplate "{member}-in-{alliance}" ;
                    kg:factLabelTemplate "{member} in [{alliance}" .
                ex:treatyDate kg:factKey "signed" ; kg:factValue kg:DateValue ; kg:factKeyOfSection "holdings" ;
                    kg:factRefersTo ex:Nothing .
                ex:follows kg:factShortcutOf kg:PostHolding ; kg:factShortcutFrom kg:holder ; kg:factShortcutTo ex:treaty .
                """, errors);
        assertThat(errors.errors()).extracting(Object::toString).contains(
                "ontology: the section 'memberships' has no kind key, so one kind, but"
                        + " <http://www.w3.org/ns/org#Membership> and <https://example.org/weapons#Alliance> are declared",
                "ontology: <https://example.org/weapons#Alliance> kg:factIdTemplate names 'alliance', which is no key of the kind",
                "ontology: <https://example.org/weapons#Alliance> kg:factLabelTemplate '{member} in [{alliance}' is not a"
                        + " template: text, {key} and [optional parts]",
                "ontology: <https://example.org/weapons#Nothing> is named by kg:factRefersTo, but no declared kind of fact"
                        + " is of this class or concept scheme",
                "ontology: <https://example.org/weapons#follows> a shortcut needs kg:factShortcutFrom and kg:factShortcutTo,"
                        + " each a property with a key of <https://w3id.org/csto-kg/ontology#PostHolding>");
    }

    @Test
    void mistakesInTheSectionDeclarationsAreReported() {
        ErrorRecorder errors = new ErrorRecorder();
        FactFormat format = format("""
                ex:Links a kg:FactSection ; kg:factSectionKey "links" ; kg:factItem "link" .
                ex:Nameless a kg:FactSection ; kg:factSectionKey "nameless" .
                ex:Twice a kg:FactSection ; kg:factSectionKey "events" ; kg:factItem "happening" .
                ex:Odd a kg:FactSection ; kg:factSectionKey "odd" ; kg:factItem "oddity" ; kg:factTime kg:DateValue .
                ex:Rumour kg:factSection "rumours" .
                ex:pages kg:factKey "pages" ; kg:factValue kg:QuantityValue ; kg:factUnit "pages" ; kg:factKeyOf kg:Article .
                """, errors);
        assertThat(errors.errors()).extracting(Object::toString).contains(
                "ontology: the section key 'links' is a fixed section of every fact file",
                "ontology: <https://example.org/weapons#Nameless> a kg:FactSection needs kg:factSectionKey and kg:factItem",
                "ontology: two kg:FactSection declare the key 'events'",
                "ontology: <https://example.org/weapons#pages> a key of a document's header cannot take a count (its values"
                        + " would need a fact's own node and evidence)",
                "ontology: <https://example.org/weapons#Odd> kg:factTime names <https://w3id.org/csto-kg/ontology#DateValue>,"
                        + " which is none of kg:EventTimeValue, kg:StatementTimeValue");
        assertThat(errors.errors()).extracting(Object::toString).anyMatch(e -> e.startsWith(
                "ontology: <https://example.org/weapons#Rumour> names the unknown section 'rumours' (expected one of: entities,"
                        + " concepts, memberships, holdings, contingents, events, statements"));
        assertThat(format.section("odd")).isPresent();
        assertThat(format.documentKind("article").orElseThrow().keys()).extracting(k -> k.key())
                .containsExactly("issue", "published", "seriesPart", "url", "volume");
        assertThat(format.topLevelKeys()).containsExactly("document", "entities", "concepts", "memberships", "holdings",
                "contingents", "events", "statements", "odd", "links", "audit");
    }

    /** The project's ontology with {@code extra} Turtle added. */
    private static FactFormat format(String extra, ErrorRecorder errors) {
        Graph graph = GraphFactory.createDefaultGraph();
        new OntologyLoader(errors).loadOntology(Path.of("ontology"), graph);
        RDFParser.fromString(PREFIXES + extra, Lang.TURTLE).parse(graph);
        return OntologyFactFormat.read(graph, errors);
    }
}
