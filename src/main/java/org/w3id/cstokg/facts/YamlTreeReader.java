package org.w3id.cstokg.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cstokg.facts.YamlNode.ScalarKind;

/**
 * Reads YAML text with Jackson's streaming parser into a {@link YamlNode} tree whose every node
 * knows its file, line and column. Syntax errors and duplicate keys go to the error handler.
 */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final ErrorHandler errors;

    YamlTreeReader(String file, ErrorHandler errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The tree of the first YAML document in {@code text}, or empty if there is none or it is malformed. */
    Optional<YamlNode> read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.error(new Location(file, 1, 1), "file is empty (expected the sections document, entities, ...)");
                return Optional.empty();
            }
            return Optional.of(value(parser, first));
        } catch (StreamReadException e) {
            String raw = e.getOriginalMessage();
            Location at = YamlSyntaxMessage.position(raw, file).orElseGet(() -> locate(e.getLocation()));
            errors.error(at, "YAML syntax error: " + YamlSyntaxMessage.of(raw));
            return Optional.empty();
        } catch (IOException e) {
            errors.error(Location.of(file), "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private YamlNode value(JsonParser p, JsonToken token) throws IOException {
        Location at = locate(p.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> mapping(p, at);
            case START_ARRAY -> sequence(p, at);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(p.getText(), ScalarKind.INTEGER, at);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(p.getText(), ScalarKind.DECIMAL, at);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(p.getText(), ScalarKind.BOOLEAN, at);
            case VALUE_NULL -> new YamlNode.Scalar("", ScalarKind.NULL, at);
            default -> new YamlNode.Scalar(p.getText(), ScalarKind.STRING, at);
        };
    }

    private YamlNode mapping(JsonParser p, Location at) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            Location keyAt = locate(p.currentTokenLocation());
            YamlNode value = value(p, p.nextToken());
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                errors.error(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ")");
            } else {
                entries.add(new YamlNode.Entry(key, keyAt, value));
            }
        }
        return new YamlNode.Mapping(List.copyOf(entries), at);
    }

    private YamlNode sequence(JsonParser p, Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(value(p, t));
        }
        return new YamlNode.Sequence(List.copyOf(items), at);
    }

    private Location locate(JsonLocation l) {
        return l == null ? Location.of(file) : new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
