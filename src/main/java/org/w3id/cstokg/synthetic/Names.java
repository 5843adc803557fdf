package org.w3id.cstokg.synthetic;

import java.util.Locale;

/** Readable names made from synthetic identifiers, so labels and the text index look like real ones. */
final class Names {
    private static final String[] GIVEN = {"Arman", "Dina", "Sergei", "Olga", "Nurlan", "Irina", "Timur", "Aliya"};
    private static final String[] FAMILY = {"Abenov", "Petrova", "Sarsenov", "Ivanova", "Karimov", "Orlova"};

    private Names() {}

    /** {@code shared-outlet-3} → {@code Outlet 3}; {@code syn-00002-city-1} → {@code Syn 00002 City 1}. */
    static String of(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.replace("shared-", "").split("-")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return b.toString();
    }

    /** A person's name, varied by the identifier's hash. */
    static String person(String id) {
        int h = Math.abs(id.hashCode());
        return GIVEN[h % GIVEN.length] + " " + FAMILY[(h / GIVEN.length) % FAMILY.length] + " (" + of(id) + ")";
    }

    static String acronym(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : of(id).split(" ")) b.append(part.charAt(0));
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
