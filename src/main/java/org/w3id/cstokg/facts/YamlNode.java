package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** A node of the located YAML tree: every scalar, mapping and sequence knows where it was written. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location at();

    /** What kind of node this is, for messages such as "expected a list, found a mapping". */
    String describe();

    /** Kinds of scalar as the YAML parser resolved them. */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A single value, kept as written. */
    record Scalar(String text, ScalarKind kind, Location at) implements YamlNode {
        public String describe() { return kind == ScalarKind.NULL ? "nothing" : "'" + text + "'"; }
    }

    /** One {@code key: value} pair of a mapping, with the key's own position. */
    record Entry(String key, Location keyAt, YamlNode value) {}

    /** A mapping, entries in the order written. */
    record Mapping(List<Entry> entries, Location at) implements YamlNode {
        public String describe() { return "a mapping"; }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, Location at) implements YamlNode {
        public String describe() { return "a list"; }
    }
}
