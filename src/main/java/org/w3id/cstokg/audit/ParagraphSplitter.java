package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.cstokg.facts.ParagraphLayout;

/**
 * Cuts an article's text into blocks and classifies them exactly as docs/fact-format.md#paragraphs
 * says: title, byline, caption, trailers, and numbered paragraphs, the byline, caption and trailer
 * told by the markers of the document's {@link ParagraphLayout} (by default a {@code Publication:}
 * byline, a caption ending {@code (Source: …)} and a trailer starting {@code *}).
 */
public final class ParagraphSplitter {

    /** White space includes the no-break space, which the article's text files do contain. */
    private static final Pattern BLANK_LINE = Pattern.compile("[\\p{IsWhite_Space}\\uFEFF]*");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\p{IsWhite_Space}\\uFEFF]+|[\\p{IsWhite_Space}\\uFEFF]+$");

    private ParagraphSplitter() {}

    /** Splits the whole text of an article file laid out as {@link ParagraphLayout#DEFAULT}. */
    public static ArticleText split(String text) {
        return split(text, ParagraphLayout.DEFAULT);
    }

    /** Splits the whole text of an article file laid out as {@code layout} says. */
    public static ArticleText split(String text, ParagraphLayout layout) {
        Pattern captionEnd = Pattern.compile("\\(" + Pattern.quote(layout.caption()) + "[^()]*\\)\\s*$");
        List<String> blocks = blocks(text);
        Map<ArticlePart, String> parts = new LinkedHashMap<>();
        String title = blocks.isEmpty() ? "" : blocks.get(0);
        int number = 0;
        for (String block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            if (block.startsWith(layout.byline()) || block.startsWith(layout.trailer())) {
                continue;
            }
            if (captionEnd.matcher(block).find()) {
                parts.merge(ArticlePart.CAPTION, block, (a, b) -> a + "\n\n" + b);
            } else {
                parts.put(ArticlePart.paragraph(++number), block);
            }
        }
        return new ArticleText(title, parts, text);
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : withoutMark.split("\\R", -1)) {
            if (BLANK_LINE.matcher(line).matches()) {
                flush(block, blocks);
            } else {
                block.append(block.isEmpty() ? "" : "\n").append(EDGE_SPACE.matcher(line).replaceAll(""));
            }
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (!block.isEmpty()) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }
}
