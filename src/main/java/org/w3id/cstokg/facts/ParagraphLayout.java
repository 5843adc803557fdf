package org.w3id.cstokg.facts;

import java.util.List;

/**
 * How a document's text file is cut into citable parts (docs/fact-format.md#paragraphs): a block
 * starting {@code byline} is the byline, a block ending in a parenthetical that opens with
 * {@code caption} is the photo caption, a block starting {@code trailer} is a trailer; the
 * byline and trailers are not numbered. {@link #DEFAULT} is Eurasia Daily Monitor's layout.
 */
public record ParagraphLayout(String byline, String caption, String trailer) {
    /** The {@code layout} keys of a {@code document} header. */
    public static final List<String> KEYS = List.of("byline", "caption", "trailer");

    /** {@code Publication:} byline, {@code (Source: …)} caption, {@code *} trailer. */
    public static final ParagraphLayout DEFAULT = new ParagraphLayout("Publication:", "Source:", "*");

    public ParagraphLayout {
        for (String marker : List.of(byline, caption, trailer))
            if (marker.isBlank()) throw new IllegalArgumentException("a layout marker is not blank");
    }
}
