package org.w3id.cstokg.linkeddata;

import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.cstokg.vocab.Ids;

/**
 * The part of a request path after {@code /id/} or {@code /doc/}, checked to be a resource name
 * (slugs separated by single slashes) before it becomes an IRI: no dot segments, no encoded
 * separators, nothing that could climb out of {@code id/}.
 */
final class ResourcePath {
    private static final Pattern SEGMENTS = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    private ResourcePath() {}

    /** The local name ({@code russian-contingent/troops}) of a servlet path-info ({@code /russian-contingent/troops}). */
    static Optional<String> localName(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/"))
            return Optional.empty();
        String name = pathInfo.substring(1);
        return SEGMENTS.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** The resource IRI of a local name. */
    static String iri(String localName) {
        return Ids.entity(localName);
    }
}
