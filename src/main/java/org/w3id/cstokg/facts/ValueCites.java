package org.w3id.cstokg.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The citations a fact's keys, or single items of their lists, give themselves in the long form
 * {@code {value: V, cite: C}}: what they state is cited there, not by the fact's own {@code cite}.
 */
public final class ValueCites {
    /** No key of the fact cites its own source. */
    public static final ValueCites NONE = new ValueCites(Map.of(), Map.of());

    private final Map<String, List<Citation>> byKey;
    private final Map<String, Map<String, List<Citation>>> byItem;

    private ValueCites(Map<String, List<Citation>> byKey, Map<String, Map<String, List<Citation>>> byItem) {
        this.byKey = byKey;
        this.byItem = byItem;
    }

    /** The citations {@code key} gives for its whole value, if it gives its own. */
    public Optional<List<Citation>> forKey(String key) { return Optional.ofNullable(byKey.get(key)); }

    /** The citations of the item written {@code item} in the list of {@code key}, else those of the key. */
    public Optional<List<Citation>> forItem(String key, String item) {
        List<Citation> own = byItem.getOrDefault(key, Map.of()).get(item);
        return own != null ? Optional.of(own) : forKey(key);
    }

    /** Whether any key or item gives its own citations. */
    public boolean isEmpty() { return byKey.isEmpty() && byItem.isEmpty(); }

    /** Every citation given here, for checks that look at all of them. */
    public List<Citation> all() {
        List<Citation> out = new java.util.ArrayList<>();
        byKey.values().forEach(out::addAll);
        byItem.values().forEach(m -> m.values().forEach(out::addAll));
        return out;
    }

    /** Collects the citations while a fact's keys are read. */
    static final class Builder {
        private final Map<String, List<Citation>> byKey = new HashMap<>();
        private final Map<String, Map<String, List<Citation>>> byItem = new HashMap<>();

        void key(String key, List<Citation> cites) { byKey.put(key, List.copyOf(cites)); }

        void item(String key, String item, List<Citation> cites) {
            byItem.computeIfAbsent(key, k -> new HashMap<>()).put(item, List.copyOf(cites));
        }

        ValueCites build() { return byKey.isEmpty() && byItem.isEmpty() ? NONE : new ValueCites(Map.copyOf(byKey), Map.copyOf(byItem)); }
    }
}
