package org.w3id.cstokg.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small article in the real layout (title, byline, caption, paragraphs, trailer; blank lines of
 * spaces and of a no-break space), for the paragraph splitter's tests. The audit's own invented
 * article is {@link GoldenArticle}.
 */
public final class SmallArticle {

    public static final String DOCUMENT = "small-1";
    static final int YEAR = 2022;

    public static final String TEXT = """
            Test Mission Ends Early (Part One)

            Publication: Test Daily Monitor Volume: 1 Issue: 1

            Soldiers board a plane at dawn (Source: Reuters)

            On January 5, 2022, some 2,500 troops and an estimated 100–200 vehicles arrived aboard \
            three aircraft (Wire Agency, January 5, 6, 2022).
            \s\s\s
            At 1:20 AM Moscow time, on January 6, the council decided to send the troops; they boarded \
            within four hours (Daily Post, January 6; Radio One; January 7).
            \u00A0
            The mission ran from January 6 through January 19, after a proposal to end it within ten days \
            (Ministry.example, accessed January 19, 2022). It had one commander.

            During the night of January 5–6, twenty officers met (TASS, RIA Novosti, January 6, 2022).

            *To read Part Two, click here.
            """;

    private SmallArticle() {}

    public static Path write(Path dir) throws IOException {
        return Files.writeString(dir.resolve("small-article.txt"), TEXT, StandardCharsets.UTF_8);
    }

    static ArticleText text() {
        return ParagraphSplitter.split(TEXT);
    }
}
