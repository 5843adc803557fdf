package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The facts of one fact file, that is of one source document (absent only if the file has errors):
 * the facts of its sections of declared kinds, section by section in the sections' order, its
 * external links and its audit notes.
 */
public record FactFile(String file, Optional<Document> document, List<Fact> declared, List<ExternalLink> links,
        List<AuditNote> audit) {

    public FactFile {
        declared = List.copyOf(declared);
        links = List.copyOf(links);
        audit = List.copyOf(audit);
    }

    /** The facts of every section of declared kinds, section by section. */
    public Stream<Fact> facts() { return declared.stream(); }

    /** The facts of one section. */
    public Stream<Fact> facts(Section section) { return declared.stream().filter(f -> f.kind().section().equals(section)); }
}
