package org.w3id.cstokg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.cstokg.facts.ParagraphLayout;
import org.junit.jupiter.api.io.TempDir;

class TestParagraphSplitter {

    /** The real article, kept outside the repository (as in .ci/run); the test fails if it is absent. */
    static final Path REAL_ARTICLE =
            Path.of("..", "shared", "sources", "edm-19-2-russian-led-mission-in-kazakhstan-part-one.txt");

    @Test
    void realArticleHasTwentyParagraphsAndTheCaption() throws IOException {
        assertThat(REAL_ARTICLE).as("the real article, relative to the project directory").exists();
        ArticleText article = ArticleText.read(REAL_ARTICLE);

        assertThat(article.title()).isEqualTo("Russian-Led Mission in Kazakhstan Unveils New Peacekeeping Model (Part One)");
        assertThat(article.paragraphCount()).isEqualTo(20);
        assertThat(article.parts()).hasSize(21).containsKey(ArticlePart.CAPTION);
        assertThat(article.parts().get(ArticlePart.CAPTION))
                .isEqualTo("Russian soldiers fold national flag as CTSO withdrawal from Kazakhstan begins (Source: Reuters)");
        assertThat(article.paragraph(1)).startsWith("From January 6 through January 19, Russia");
        assertThat(article.paragraph(7)).startsWith("Within four hours");
        assertThat(article.paragraph(8)).startsWith("The CSTO member states aggregated 2,500 troops");
        assertThat(article.paragraph(20)).startsWith("This mission can be assessed as a Russian success.");
    }

    @Test
    void linesOfWhiteSpaceIncludingNoBreakSpaceAreBlank() {
        ArticleText article = ParagraphSplitter.split("Title\n\nOne.\n   \t\nTwo.\n\u00A0\nThree.\r\n\r\nFour.\n");

        assertThat(article.paragraphCount()).isEqualTo(4);
        assertThat(article.paragraph(4)).isEqualTo("Four.");
    }

    @Test
    void linesWithoutABlankLineBetweenThemAreOneParagraph() {
        ArticleText article = ParagraphSplitter.split("Title\n\nOne,\ncontinued.\n\u00A0x\nstill one.\n");

        assertThat(article.paragraphCount()).isEqualTo(1);
        assertThat(article.paragraph(1)).isEqualTo("One,\ncontinued.\nx\nstill one.");
    }

    @Test
    void bylineCaptionAndTrailerAreNotNumbered() {
        ArticleText article = SmallArticle.text();

        assertThat(article.title()).isEqualTo("Test Mission Ends Early (Part One)");
        assertThat(article.paragraphCount()).isEqualTo(4);
        assertThat(article.parts().keySet()).containsExactly(ArticlePart.CAPTION, ArticlePart.paragraph(1),
                ArticlePart.paragraph(2), ArticlePart.paragraph(3), ArticlePart.paragraph(4));
        assertThat(article.paragraph(1)).startsWith("On January 5, 2022");
        assertThat(article.paragraph(4)).startsWith("During the night");
    }

    @Test
    void bylineSourceAndStarInsideABlockDoNotMakeItSpecial() {
        ArticleText article = ParagraphSplitter.split("""
                Title

                The Publication: a (Source: Reuters) photo is *not* a caption here.

                2 * 3 is six.
                """);

        assertThat(article.parts().keySet()).containsExactly(ArticlePart.paragraph(1), ArticlePart.paragraph(2));
    }

    private static final String OTHER_LAYOUT = """
            Title

            By: A. Writer, 3 March 2023

            A street at night [Photo: Wire Agency]

            One.

            Two (Source: Reuters) ends with what is a caption only in the default layout (Source: TASS)

            --- More in Part Two.
            """;

    @Test
    void aDocumentsLayoutNamesItsBylineCaptionAndTrailerMarkers() {
        ArticleText article = ParagraphSplitter.split(OTHER_LAYOUT.replace("[Photo: Wire Agency]", "(Photo: Wire Agency)"),
                new ParagraphLayout("By:", "Photo:", "---"));

        assertThat(article.parts().keySet()).containsExactly(ArticlePart.CAPTION, ArticlePart.paragraph(1),
                ArticlePart.paragraph(2));
        assertThat(article.parts().get(ArticlePart.CAPTION)).isEqualTo("A street at night (Photo: Wire Agency)");
        assertThat(article.paragraph(2)).startsWith("Two (Source: Reuters)");
    }

    @Test
    void theDefaultLayoutDoesNotKnowAnotherOutletsMarkers() {
        ArticleText article = ParagraphSplitter.split(OTHER_LAYOUT, ParagraphLayout.DEFAULT);

        assertThat(article.parts().keySet()).containsExactly(ArticlePart.paragraph(1), ArticlePart.paragraph(2),
                ArticlePart.paragraph(3), ArticlePart.CAPTION, ArticlePart.paragraph(4));
        assertThat(article.paragraph(1)).startsWith("By: A. Writer");
        assertThat(article.paragraph(4)).isEqualTo("--- More in Part Two.");
        assertThat(article.parts().get(ArticlePart.CAPTION)).startsWith("Two (Source: Reuters)");
    }

    @Test
    void readsAFileWithAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "\uFEFFTitle\n\nPublication: X\n\nOne.\n");

        ArticleText article = ArticleText.read(file);

        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.paragraphCount()).isEqualTo(1);
    }
}
