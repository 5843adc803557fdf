package org.w3id.cstokg.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cstokg.facts.YamlNode.ScalarKind;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text with Jackson's streaming parser into a {@link YamlNode} tree whose every node
 * knows its file, line and column. Syntax errors, duplicate keys, aliases, a second document and
 * nesting deeper than {@link #MAX_DEPTH} go to the error handler; the reader never recurses or
 * buffers past those limits, so hostile input costs bounded time and memory.
 */
final class YamlTreeReader {
    /** The largest fact file read, in bytes; the real ones are tens of kilobytes. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The deepest nesting of mappings and lists; the format itself needs six. */
    static final int MAX_DEPTH = 32;
    private static final YAMLFactory FACTORY = factory();

    private static YAMLFactory factory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_BYTES);
        loader.setNestingDepthLimit(MAX_DEPTH + 1);
        loader.setAllowDuplicateKeys(true);
        // A builder with its own loader options no longer reads an empty value as null by itself.
        return YAMLFactory.builder().loaderOptions(loader).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 8).maxDocumentLength(MAX_BYTES).build())
                .build();
    }

    /** A problem that ends the reading of the file, such as an alias or too deep a nesting. */
    private static final class Stop extends Exception {
        final Location at;

        Stop(Location at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

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
            YamlNode root = value(parser, first, 1);
            if (parser.nextToken() != null) {
                throw new Stop(locate(parser.currentTokenLocation()),
                        "a second YAML document starts here; a fact file holds one document (remove the '---')");
            }
            return Optional.of(root);
        } catch (Stop e) {
            errors.error(e.at, e.getMessage());
            return Optional.empty();
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

    private YamlNode value(JsonParser p, JsonToken token, int depth) throws IOException, Stop {
        Location at = locate(p.currentTokenLocation());
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Stop(at, "YAML alias '*" + p.getText() + "' is not allowed in fact files (write the value out)");
        }
        if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw new Stop(at, "nesting deeper than " + MAX_DEPTH + " levels (fact files need far fewer)");
        }
        return switch (token) {
            case START_OBJECT -> mapping(p, at, depth);
            case START_ARRAY -> sequence(p, at, depth);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(p.getText(), ScalarKind.INTEGER, at);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(p.getText(), ScalarKind.DECIMAL, at);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(p.getText(), ScalarKind.BOOLEAN, at);
            case VALUE_NULL -> new YamlNode.Scalar("", ScalarKind.NULL, at);
            default -> {
                DumpableText.problem(p.getText()).ifPresent(problem -> errors.error(at, problem));
                yield new YamlNode.Scalar(p.getText(), ScalarKind.STRING, at);
            }
        };
    }

    private YamlNode mapping(JsonParser p, Location at, int depth) throws IOException, Stop {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            Location keyAt = locate(p.currentTokenLocation());
            YamlNode value = value(p, p.nextToken(), depth + 1);
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                errors.error(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ")");
            } else {
                entries.add(new YamlNode.Entry(key, keyAt, value));
            }
        }
        return new YamlNode.Mapping(List.copyOf(entries), at);
    }

    private YamlNode sequence(JsonParser p, Location at, int depth) throws IOException, Stop {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(value(p, t, depth + 1));
        }
        return new YamlNode.Sequence(List.copyOf(items), at);
    }

    private Location locate(JsonLocation l) {
        return l == null ? Location.of(file) : new Location(file, l.getLineNr(), l.getColumnNr());
    }
}
