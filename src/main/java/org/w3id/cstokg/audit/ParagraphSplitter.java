package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    /** One line and its line break (the last line may have none). */
    private static final Pattern LINE = Pattern.compile("(.*)(\\R|$)");
    /** A line's text without the white space at its edges. */
    private static final Pattern CONTENT = Pattern.compile("[^\\p{IsWhite_Space}\\uFEFF](.*[^\\p{IsWhite_Space}\\uFEFF])?");

    private ParagraphSplitter() {}

    /** Splits the whole text of an article file laid out as {@link ParagraphLayout#DEFAULT}. */
    public static ArticleText split(String text) {
        return split(text, ParagraphLayout.DEFAULT);
    }

    /** Splits the whole text of an article file laid out as {@code layout} says. */
    public static ArticleText split(String text, ParagraphLayout layout) {
        Pattern captionEnd = Pattern.compile("\\(" + Pattern.quote(layout.caption()) + "[^()]*\\)\\s*$");
        List<Block> blocks = blocks(text);
        Map<ArticlePart, String> parts = new LinkedHashMap<>();
        Map<ArticlePart, Span> ranges = new LinkedHashMap<>();
        String title = blocks.isEmpty() ? "" : blocks.get(0).text();
        int number = 0;
        for (Block block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            if (block.text().startsWith(layout.byline()) || block.text().startsWith(layout.trailer())) {
                continue;
            }
            ArticlePart part = captionEnd.matcher(block.text()).find() ? ArticlePart.CAPTION : ArticlePart.paragraph(++number);
            parts.merge(part, block.text(), (a, b) -> a + "\n\n" + b);
            ranges.merge(part, block.range(), Span::span);
        }
        return new ArticleText(title, parts, text, ranges);
    }

    /** A block of non-blank lines: its lines' text, edges trimmed, and where it stands in the file's text. */
    private record Block(String text, Span range) {}

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int start = -1;
        int end = -1;
        int offset = text.startsWith("\uFEFF") ? 1 : 0;
        Matcher lines = LINE.matcher(text);
        lines.region(offset, text.length());
        while (lines.find()) {
            String line = lines.group(1);
            if (BLANK_LINE.matcher(line).matches()) {
                flush(block, start, end, blocks);
                start = -1;
            } else {
                Matcher edges = CONTENT.matcher(line);
                edges.find();
                if (start < 0) start = lines.start(1) + edges.start();
                end = lines.start(1) + edges.end();
                block.append(block.isEmpty() ? "" : "\n").append(edges.group());
            }
            if (lines.end() == text.length()) break;
        }
        flush(block, start, end, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, int start, int end, List<Block> blocks) {
        if (!block.isEmpty()) {
            blocks.add(new Block(block.toString(), new Span(start, end)));
            block.setLength(0);
        }
    }
}
