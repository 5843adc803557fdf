package org.w3id.cstokg.facts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.cstokg.facts.ExternalLink.Coordinates;
import org.w3id.cstokg.facts.ExternalLink.Match;
import org.w3id.cstokg.facts.YamlNode.Scalar;
import org.w3id.cstokg.facts.YamlNode.ScalarKind;

/** Binds one item of {@code links}, checking each identifier's form and the coordinates' range. */
final class ExternalLinkReader {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    /** A DBpedia resource name: the English Wikipedia title with underscores, no characters an IRI forbids. */
    private static final Pattern DBPEDIA_NAME = Pattern.compile("[^\\s/<>\"{}|\\\\^`#?]+");
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private ExternalLinkReader() {}

    static Optional<ExternalLink> read(YamlNode node, Reading reading) {
        return Fields.of(node, "link", ExternalLink.KEYS, reading).flatMap(f -> {
            f.need("entity");
            Optional<Ref> entity = f.ref("entity", Target.ANY);
            if (entity.isPresent()) f = f.as("link of '" + entity.get().id() + "'");
            Optional<String> wikidata = checked(f, "wikidata", QID, "a Wikidata item such as Q159");
            Optional<String> dbpedia = checked(f, "dbpedia", DBPEDIA_NAME,
                    "a DBpedia resource name such as Vladimir_Putin, not an IRI");
            Optional<Long> geonames = geonames(f);
            Optional<Coordinates> coordinates = coordinates(f);
            Optional<Match> match = match(f);
            List<Citation> cites = CitationReader.cites(f, true);
            if (!f.has("wikidata") && !f.has("dbpedia") && !f.has("geonames")) {
                reading.error(f.at(), f.what() + " names no identifier (give wikidata, dbpedia or geonames)");
            }
            if (entity.isEmpty() || match.isEmpty()) return Optional.empty();
            return Optional.of(new ExternalLink(entity.get(), wikidata, dbpedia, geonames, coordinates, match.get(),
                    cites, f.at()));
        });
    }

    private static Optional<String> checked(Fields f, String key, Pattern form, String expected) {
        return f.scalar(key).flatMap(s -> {
            if (form.matcher(s.text()).matches() && !s.text().startsWith("http")) return Optional.of(s.text());
            f.reading.error(s.at(), "invalid " + key + " '" + s.text() + "' (expected " + expected + ")");
            return Optional.empty();
        });
    }

    private static Optional<Long> geonames(Fields f) {
        return f.scalar("geonames").flatMap(s -> {
            if (s.kind() == ScalarKind.INTEGER && s.text().matches("[1-9][0-9]{0,17}")) return Optional.of(Long.parseLong(s.text()));
            f.reading.error(s.at(), "invalid geonames '" + s.text() + "' (expected a GeoNames feature number such as 1526384)");
            return Optional.empty();
        });
    }

    /** {@code latitude} and {@code longitude}: both or neither, and only for a GeoNames feature. */
    private static Optional<Coordinates> coordinates(Fields f) {
        Optional<BigDecimal> latitude = degrees(f, "latitude", MAX_LATITUDE);
        Optional<BigDecimal> longitude = degrees(f, "longitude", MAX_LONGITUDE);
        boolean lat = f.has("latitude");
        boolean lon = f.has("longitude");
        if (lat != lon) {
            String given = lat ? "latitude" : "longitude";
            f.reading.error(f.at(given), "'" + given + "' needs '" + (lat ? "longitude" : "latitude") + "' in " + f.what());
        }
        if ((lat || lon) && !f.has("geonames")) {
            f.reading.error(f.at(lat ? "latitude" : "longitude"),
                    "coordinates come from a GeoNames feature: give 'geonames' too in " + f.what());
        }
        if (latitude.isEmpty() || longitude.isEmpty()) return Optional.empty();
        return Optional.of(new Coordinates(latitude.get(), longitude.get()));
    }

    private static Optional<BigDecimal> degrees(Fields f, String key, BigDecimal max) {
        return f.scalar(key).flatMap(s -> decimal(s, f.reading).flatMap(d -> {
            if (d.abs().compareTo(max) <= 0) return Optional.of(d);
            f.reading.error(s.at(), key + " " + s.text() + " is outside -" + max + ".." + max);
            return Optional.empty();
        }));
    }

    private static Optional<BigDecimal> decimal(Scalar s, Reading reading) {
        if (s.kind() == ScalarKind.DECIMAL || s.kind() == ScalarKind.INTEGER) {
            try {
                return Optional.of(new BigDecimal(s.text()));
            } catch (NumberFormatException e) {
                // falls through to the error below (such as .inf or 1e3 written in YAML 1.1 style)
            }
        }
        reading.error(s.at(), "'" + s.text() + "' is not a decimal number of degrees");
        return Optional.empty();
    }

    private static Optional<Match> match(Fields f) {
        Optional<Scalar> s = f.scalar("match");
        if (!f.has("match")) return Optional.of(Match.SAME);
        Optional<Match> found = s.flatMap(v -> Arrays.stream(Match.values()).filter(m -> m.key().equals(v.text())).findFirst());
        if (found.isEmpty() && s.isPresent()) {
            f.reading.error(s.get().at(), "unknown match '" + s.get().text() + "' (expected one of: "
                    + Arrays.stream(Match.values()).map(Match::key).collect(Collectors.joining(", ")) + ")");
        }
        return found;
    }
}
