package org.w3id.cstokg.linkeddata;

import java.util.List;

/**
 * The representations of one {@code /doc/NAME} document, each at {@code /doc/NAME.EXT}: as an HTTP
 * {@code Link} header (RFC 8288) and as HTML {@code <link rel="alternate">} elements, so that a
 * client that got one form finds the others.
 */
final class DocumentAlternates {
    private final String base;

    /** @param contextPath the server's context path; @param localName the document's name, as in {@code /doc/NAME} */
    DocumentAlternates(String contextPath, String localName) {
        this.base = (contextPath == null ? "" : contextPath) + "/doc/" + localName;
    }

    private static List<Representation> all() {
        return Representation.RESOURCE_OFFERS;
    }

    /** The value of the {@code Link} header: every representation, {@code rel="alternate"} with its type. */
    String linkHeader() {
        return String.join(", ", all().stream()
                .map(r -> "<" + base + "." + r.extension() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"").toList());
    }

    /** The {@code <link>} elements for the HTML page's head: every representation but HTML. */
    String htmlLinks() {
        StringBuilder out = new StringBuilder();
        for (Representation r : all())
            if (r != Representation.HTML)
                out.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                        .append(Html.escape(base + "." + r.extension())).append("\">\n");
        return out.toString();
    }
}
