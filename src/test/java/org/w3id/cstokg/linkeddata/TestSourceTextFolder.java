package org.w3id.cstokg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.vocab.Ids;

class TestSourceTextFolder {
    @TempDir Path dir;

    @Test void theTextOfADocumentIsIdDotTxtElseTheOneIdDashFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "exact");
        Files.writeString(dir.resolve("a-long-name.txt"), "named");
        Files.writeString(dir.resolve("b-long-name.txt"), "named b");
        Files.writeString(dir.resolve("bc.txt"), "not b");
        SourceTextFolder texts = SourceTextFolder.in(dir);
        assertThat(texts.forDocument(Ids.entity("a")).orElseThrow().slice(new Span(0, 5))).isEqualTo("exact");
        assertThat(texts.forDocument(Ids.entity("b")).orElseThrow().slice(new Span(0, 7))).isEqualTo("named b");
        assertThat(texts.forDocument(Ids.entity("c"))).isEmpty();
    }

    @Test void twoCandidatesMeanNoText() throws Exception {
        Files.writeString(dir.resolve("a-one.txt"), "1");
        Files.writeString(dir.resolve("a-two.txt"), "2");
        assertThat(SourceTextFolder.in(dir).forDocument(Ids.entity("a"))).isEmpty();
    }

    @Test void noPathOutOfTheFolderAndNoTextWithoutOne() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "exact");
        SourceTextFolder texts = SourceTextFolder.in(dir.resolve("sub").getParent());
        assertThat(texts.forDocument(Ids.entity("../a"))).isEmpty();
        assertThat(texts.forDocument(Ids.entity("x/../a"))).isEmpty();
        assertThat(texts.forDocument("https://example.org/a")).isEmpty();
        assertThat(SourceTextFolder.NONE.forDocument(Ids.entity("a"))).isEmpty();
        assertThatThrownBy(() -> SourceTextFolder.in(dir.resolve("a.txt"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void offsetsCountCodePointsAndWordsCompareAsTheSpecNormalises() {
        SourceText text = new SourceText("t", "\uD83D\uDE00 It\u2019s \u201cready\u201d\n now.\n\n\u00a0Next\u00a0block \n");
        assertThat(text.slice(new Span(2, 6))).isEqualTo("It\u2019s");
        assertThat(text.says(new Span(2, 14), "It's \"ready\"")).isTrue();
        assertThat(text.says(new Span(2, 20), "It's \"ready\" now.")).isTrue();
        assertThat(text.says(new Span(2, 14), "It's ready")).isFalse();
        assertThat(text.says(new Span(2, 400), "It's")).isFalse();
        assertThat(text.blocks()).containsExactly(new Span(0, 20), new Span(23, 33));
        assertThat(text.blockAround(new Span(23, 27))).contains(new Span(23, 33));
        assertThat(text.blockAround(new Span(10, 25))).isEmpty();
    }

    @Test void overlappingMarksLinkTheInnermostAndAnchorEachSpanOnce() {
        SourceText text = new SourceText("t", "one two three");
        MarkedText.Mark outer = new MarkedText.Mark(new Span(0, 13), "span-0-13", "#o", "outer");
        MarkedText.Mark inner = new MarkedText.Mark(new Span(4, 7), "span-4-7", "#i", null);
        assertThat(new MarkedText(text).render(new Span(0, 13), List.of(outer, inner, outer))).isEqualTo(
                "<span class=\"anchor\" id=\"span-0-13\"></span><mark class=\"from\" title=\"outer\"><a href=\"#o\">one </a></mark>"
                        + "<span class=\"anchor\" id=\"span-4-7\"></span><mark class=\"overlap from\"><a href=\"#i\">two</a></mark>"
                        + "<mark title=\"outer\"><a href=\"#o\"> three</a></mark>");
    }
}
