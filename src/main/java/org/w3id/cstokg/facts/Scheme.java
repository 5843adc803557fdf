package org.w3id.cstokg.facts;

import java.util.Arrays;
import java.util.Optional;

/** The code lists that {@code concepts} belong to. */
public enum Scheme {
    UNIT_TYPE("unit-type", Target.UNIT_TYPE),
    SITE_TYPE("site-type", Target.SITE_TYPE),
    VEHICLE_TYPE("vehicle-type", Target.VEHICLE_TYPE);

    private final String key;
    private final Target target;

    Scheme(String key, Target target) {
        this.key = key;
        this.target = target;
    }

    /** The value of {@code scheme:} in YAML, also the scheme's segment in concept IRIs. */
    public String key() { return key; }

    /** The reference target that accepts concepts of this scheme. */
    public Target target() { return target; }

    public static Optional<Scheme> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
