package org.w3id.cstokg.facts;

/** The part of the source document a citation points to: a numbered paragraph or the photo caption. */
public record CitedPart(int paragraph) {
    /** The photo caption. */
    public static final CitedPart CAPTION = new CitedPart(0);

    public boolean isCaption() { return paragraph == 0; }
}
