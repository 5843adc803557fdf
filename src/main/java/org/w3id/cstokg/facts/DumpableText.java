package org.w3id.cstokg.facts;

import java.util.Optional;

/**
 * The characters every dump can carry: XML 1.0 (RDF/XML, GraphML, GEXF) allows no control
 * character but tab, line feed and carriage return, nor U+FFFE and U+FFFF, and UTF-8 cannot
 * encode half of a surrogate pair. A fact's text with such a character (a YAML {@code "\0"} or
 * {@code "\uD800"} escape) is refused where it stands, by {@code kg validate} as by the build,
 * instead of failing the build later in a serialiser.
 */
final class DumpableText {
    private DumpableText() {}

    /** What is wrong with {@code text}, if something is. */
    static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("text has a lone surrogate U+%04X at character %d, which no dump can "
                        + "encode (write the whole character)", (int) c, i + 1));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return Optional.of(String.format("text has the control character U+%04X at character %d, which the XML "
                        + "dumps cannot carry (remove it)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
