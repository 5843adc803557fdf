package org.w3id.cstokg.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cstokg.facts.ParagraphLayout;

/**
 * The text of an article cut into its citable parts: the caption (if any) and the numbered
 * paragraphs, in document order. Usage: {@code ArticleText.read(Path.of("article.txt")).parts()}.
 */
public record ArticleText(String title, Map<ArticlePart, String> parts, String whole) {

    public ArticleText {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The parts of a text the caller does not keep whole (offsets into the file cannot be checked). */
    public ArticleText(String title, Map<ArticlePart, String> parts) {
        this(title, parts, "");
    }

    /** The words at code points [start, end) of the whole text file, if it has them. */
    public java.util.Optional<String> codePoints(long start, long end) {
        long length = whole.codePointCount(0, whole.length());
        if (whole.isEmpty() || start < 0 || end < start || end > length) return java.util.Optional.empty();
        int from = whole.offsetByCodePoints(0, (int) start);
        return java.util.Optional.of(whole.substring(from, whole.offsetByCodePoints(from, (int) (end - start))));
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
