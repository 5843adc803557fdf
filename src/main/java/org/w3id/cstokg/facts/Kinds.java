package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the {@code type}/{@code kind}/{@code scheme} key of a fact before its other keys, which depend on it. */
final class Kinds {
    private Kinds() {}

    /**
     * The enum constant that {@code key} of {@code node} names; reports a missing or unknown value.
     * Used before {@link Fields#of}, since the accepted keys depend on the answer.
     */
    static <E extends Enum<E>> Optional<E> peek(YamlNode node, String key, Class<E> kinds,
            Function<E, String> keyOf, String what, Reading reading) {
        if (!(node instanceof YamlNode.Mapping map)) return Optional.empty();
        Optional<YamlNode> value = map.entry(key).map(YamlNode.Entry::value);
        if (value.isEmpty()) {
            reading.error(map.at(), "missing key '" + key + "' in " + what);
            return Optional.empty();
        }
        String text = value.get() instanceof YamlNode.Scalar s ? s.text() : "";
        Optional<E> found = Arrays.stream(kinds.getEnumConstants()).filter(e -> keyOf.apply(e).equals(text)).findFirst();
        if (found.isEmpty()) {
            String expected = Arrays.stream(kinds.getEnumConstants()).map(keyOf).collect(Collectors.joining(", "));
            reading.error(value.get().at(), "unknown " + what + " " + key + " " + value.get().describe()
                    + " (expected one of: " + expected + ")");
        }
        return found;
    }
}
