package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TestResourcePath {
    @ParameterizedTest
    @ValueSource(strings = {"/russia", "/russian-contingent/troops", "/russian-contingent/citation/1", "/edm-19-2/p8", "/v1.0"})
    void resourceNamesAreAccepted(String pathInfo) {
        assertThat(ResourcePath.localName(pathInfo)).contains(pathInfo.substring(1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "/..", "/.", "/a/../b", "/a/./b", "/../etc/passwd", "/a//b", "/a/", "russia",
            "/a%2fb", "/a\\b", "/a b", "/a?b", "/<script>", "/.hidden"})
    void anythingElseIsRejected(String pathInfo) {
        assertThat(ResourcePath.localName(pathInfo)).isEmpty();
    }

    @Test
    void localNameBecomesAnIdIri() {
        assertThat(ResourcePath.iri("russian-contingent/troops")).isEqualTo("https://w3id.org/csto-kg/id/russian-contingent/troops");
    }
}
