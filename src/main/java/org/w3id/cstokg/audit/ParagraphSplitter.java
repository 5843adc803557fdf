package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts an article's text into blocks and classifies them exactly as docs/fact-format.md#paragraphs
 * says: title, {@code Publication:} byline, caption ending {@code (Source: …)}, trailer starting
 * {@code *}, and numbered paragraphs.
 */
public final class ParagraphSplitter {

    /** White space includes the no-break space, which the article's text files do contain. */
    private static final Pattern BLANK_LINE = Pattern.compile("[\\p{IsWhite_Space}\\uFEFF]*");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\p{IsWhite_Space}\\uFEFF]+|[\\p{IsWhite_Space}\\uFEFF]+$");
    private static final Pattern CAPTION_END = Pattern.compile("\\(Source:[^()]*\\)\\s*$");

    private ParagraphSplitter() {}

    /** Splits the whole text of an article file. */
    public static ArticleText split(String text) {
        List<String> blocks = blocks(text);
        Map<ArticlePart, String> parts = new LinkedHashMap<>();
        String title = blocks.isEmpty() ? "" : blocks.get(0);
        int number = 0;
        for (String block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            if (block.startsWith("Publication:") || block.startsWith("*")) {
                continue;
            }
            if (CAPTION_END.matcher(block).find()) {
                parts.merge(ArticlePart.CAPTION, block, (a, b) -> a + "\n\n" + b);
            } else {
                parts.put(ArticlePart.paragraph(++number), block);
            }
        }
        return new ArticleText(title, parts);
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
