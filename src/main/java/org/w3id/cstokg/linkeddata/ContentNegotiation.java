package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation (RFC 9110 section 12.5.1): picks the offered representation the
 * {@code Accept} header rates highest, the most specific media range deciding each rating.
 */
final class ContentNegotiation {
    private record Range(String type, String subtype, double q) {
        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }
    }

    private ContentNegotiation() {}

    /** The best offer, or empty when the client accepts none of them; no header means the first offer. */
    static Optional<Representation> choose(String acceptHeader, List<Representation> offers) {
        if (acceptHeader == null || acceptHeader.isBlank())
            return Optional.of(offers.get(0));
        List<Range> ranges = parse(acceptHeader);
        Representation best = null;
        double bestQ = 0;
        for (Representation offer : offers) {
            double q = quality(ranges, offer.mediaType());
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String mediaType) {
        Range chosen = null;
        for (Range range : ranges)
            if (range.matches(mediaType) && (chosen == null || range.specificity() > chosen.specificity()))
                chosen = range;
        return chosen == null ? 0 : chosen.q();
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] params = item.trim().toLowerCase(Locale.ROOT).split(";");
            String[] type = params[0].trim().split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty())
                continue;
            ranges.add(new Range(type[0].trim(), type[1].trim(), qValue(params)));
        }
        return ranges;
    }

    private static double qValue(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String[] kv = params[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals("q")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(kv[1].trim())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
