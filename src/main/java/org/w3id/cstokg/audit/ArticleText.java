package org.w3id.cstokg.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cstokg.facts.ParagraphLayout;

/**
 * The text of an article cut into its citable parts: the caption (if any) and the numbered
 * paragraphs, in document order, with the whole text and where in it each part stands. Usage: {@code ArticleText.read(Path.of("article.txt")).parts()}.
 */
public record ArticleText(String title, Map<ArticlePart, String> parts, String text, Map<ArticlePart, Span> ranges) {

    public ArticleText {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    }

    /**
     * Where {@code words} stand in {@code part}, as spans of {@link #text()} (none if the part is absent),
     * found as {@link NormalisedText} finds them.
     */
    public List<Span> find(ArticlePart part, String words) {
        Span range = ranges.get(part);
        if (range == null) return List.of();
        return NormalisedText.of(text.substring(range.start(), range.end())).find(NormalisedText.words(words)).stream()
                .map(s -> new Span(range.start() + s.start(), range.start() + s.end())).toList();
    }

    /** The code point offset of {@code index} (a UTF-16 index of {@link #text()}): what oa:TextPositionSelector counts. */
    public int codePointOffset(int index) {
        return text.codePointCount(0, index);
    }

    /** The words at code points [start, end) of the whole text file, if it has them. */
    public Optional<String> codePoints(long start, long end) {
        long length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) return Optional.empty();
        int from = text.offsetByCodePoints(0, (int) start);
        return Optional.of(text.substring(from, text.offsetByCodePoints(from, (int) (end - start))));
    }

    /** Reads a UTF-8 text file laid out as {@link ParagraphLayout#DEFAULT} and splits it with {@link ParagraphSplitter}. */
    public static ArticleText read(Path file) throws IOException {
        return read(file, ParagraphLayout.DEFAULT);
    }

    /** Reads a UTF-8 text file laid out as {@code layout} says and splits it with {@link ParagraphSplitter}. */
    public static ArticleText read(Path file, ParagraphLayout layout) throws IOException {
        return ParagraphSplitter.split(Files.readString(file, StandardCharsets.UTF_8), layout);
    }

    /** How many numbered paragraphs the article has (the caption not counted). */
    public int paragraphCount() {
        return (int) parts.keySet().stream().filter(p -> !p.isCaption()).count();
    }

    /** The text of paragraph {@code number} (from 1). */
    public String paragraph(int number) {
        String text = parts.get(ArticlePart.paragraph(number));
        if (text == null) {
            throw new IndexOutOfBoundsException("no paragraph " + number + " (the article has " + paragraphCount() + ")");
        }
        return text;
    }
}
