package org.w3id.cstokg.facts;

/** A key whose value is a {@link Quantity}, with the unit the quantity counts. */
public enum Count {
    TROOPS("troops", "troops"),
    VEHICLES("vehicles", "vehicles"),
    AIRCRAFT("aircraft", "aircraft"),
    PERSONNEL("personnel", "personnel"),
    MEMBER_COUNT("memberCount", "members");

    private final String key;
    private final String unit;

    Count(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The YAML key. */
    public String key() { return key; }

    /** What is counted, such as "troops". */
    public String unit() { return unit; }
}
