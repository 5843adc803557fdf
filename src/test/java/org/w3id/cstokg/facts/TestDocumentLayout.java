package org.w3id.cstokg.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code text} and {@code layout} keys of an article's {@code document} header: read into the
 * fact model, a marker left out keeping the default one (the errors are golden load cases,
 * {@code load/bad-document-layout*}).
 */
class TestDocumentLayout {
    private static Document header(String goldenCase) {
        ErrorRecorder errors = new ErrorRecorder();
        Document document = FactReader.readOne(Path.of("src/test/resources/load", goldenCase, "input.yaml"), TheFormat.ONTOLOGY, errors)
                .orElseThrow().document().orElseThrow();
        assertThat(errors.errors()).isEmpty();
        return document;
    }

    @Test
    void theHeaderGivesTheTextFileAndTheLayoutMarkersItNames() {
        Document document = header("document-layout");
        assertThat(document.text()).contains("../shared/sources/doc-a.txt");
        assertThat(document.layout()).isEqualTo(new ParagraphLayout("By:", "Source:", "---"));
    }

    @Test
    void withoutTheKeysThereIsNoTextAndTheDefaultLayout() {
        Document document = header("minimal");
        assertThat(document.text()).isEmpty();
        assertThat(document.layout()).isEqualTo(ParagraphLayout.DEFAULT)
                .isEqualTo(new ParagraphLayout("Publication:", "Source:", "*"));
    }
}
