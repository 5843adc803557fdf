package org.w3id.cstokg.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys the fact reader accepts, per kind of mapping, by the name the JSON Schema gives it in
 * {@code $defs}. The sections of facts take theirs from the {@link FactFormat}; a test
 * holds docs/fact-file.schema.json to these, so the schema and the reader cannot drift.
 */
public final class FactKeys {
    private FactKeys() {}

    /** The keys a fact of {@code kind} accepts, in the order messages list them. */
    public static List<String> of(Kind kind) { return DeclaredFactReader.keys(kind); }

    public static Map<String, Set<String>> all(FactFormat format) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put("factFile", Set.copyOf(format.topLevelKeys()));
        Set<String> document = new java.util.TreeSet<>(Document.KEYS);
        format.documentKinds().forEach(k -> k.keys().forEach(key -> document.add(key.key())));
        out.put("document", Set.copyOf(document));
        for (Section section : format.sections()) out.put(section.item(), DeclaredFactReader.allKeys(format, section));
        out.put("link", Set.copyOf(ExternalLink.KEYS));
        out.put("auditNote", Set.copyOf(AuditNote.KEYS));
        out.put("citation", Set.copyOf(CitationReader.KEYS));
        out.put("outletCitation", Set.copyOf(CitationReader.OUTLET_KEYS));
        out.put("quantity", Set.copyOf(QuantityReader.KEYS));
        out.put("after", Set.copyOf(TimeReader.AFTER_KEYS));
        return out;
    }
}
