package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestContentNegotiation {
    private static Object choose(String accept) {
        return ContentNegotiation.choose(accept, Representation.RESOURCE_OFFERS).orElse(null);
    }

    @Test void exactMediaTypeWins() {
        assertThat(choose("application/rdf+xml")).isEqualTo(Representation.RDFXML);
        assertThat(choose("application/ld+json")).isEqualTo(Representation.JSONLD);
    }

    @Test void browserAcceptGetsHtml() {
        assertThat(choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEqualTo(Representation.HTML);
    }

    @Test void higherQualityWins() {
        assertThat(choose("text/turtle;q=0.5, application/n-triples")).isEqualTo(Representation.NTRIPLES);
    }

    @Test void wildcardGivesFirstOffer() {
        assertThat(choose("*/*")).isEqualTo(Representation.TURTLE);
        assertThat(ContentNegotiation.choose("*/*", Representation.ONTOLOGY_OFFERS)).contains(Representation.RDFXML);
    }

    @Test void moreSpecificRangeDecides() {
        assertThat(choose("text/*;q=0.9, text/turtle;q=0")).isEqualTo(Representation.HTML);
    }

    @Test void nothingAcceptableGivesNothing() {
        assertThat(choose("image/png")).isNull();
        assertThat(choose("text/turtle;q=0")).isNull();
        assertThat(choose("garbage")).isNull();
    }

    @Test void noHeaderGivesFirstOffer() {
        assertThat(choose(null)).isEqualTo(Representation.TURTLE);
    }
}
