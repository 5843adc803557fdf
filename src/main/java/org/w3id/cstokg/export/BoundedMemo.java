package org.w3id.cstokg.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values made once per key and remembered, at most {@value #LIMIT} of them: when full, it forgets
 * everything and starts again (the dumps' writers see most repeats within a few thousand triples).
 * Not thread-safe.
 */
final class BoundedMemo<K, V> {
    static final int LIMIT = 1 << 16;
    private final Map<K, V> values = new HashMap<>();
    private final Runnable onForget;

    /** A memo that also runs {@code onForget} each time it forgets everything. */
    BoundedMemo(Runnable onForget) {
        this.onForget = onForget;
    }

    BoundedMemo() {
        this(() -> {});
    }

    V get(K key, Function<K, V> make) {
        V value = values.get(key);
        if (value == null) {
            value = make.apply(key);
            if (values.size() >= LIMIT) {
                values.clear();
                onForget.run();
            }
            values.put(key, value);
        }
        return value;
    }
}
