package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** The facts of one fact file, that is of one source document (absent only if the file has errors). */
public record FactFile(String file, Optional<Document> document, List<Fact> entities, List<Fact> concepts,
        List<Fact> memberships, List<Fact> holdings, List<Fact> contingents,
        List<Fact> events, List<Fact> statements, List<ExternalLink> links, List<AuditNote> audit) {

    /** The facts of every section of declared kinds, section by section. */
    public java.util.stream.Stream<Fact> facts() {
        return java.util.stream.Stream.of(entities, concepts, memberships, holdings, contingents, events, statements)
                .flatMap(List::stream);
    }

    /** The top-level sections of a fact file. */
    public static final List<String> SECTIONS = List.of("document", "entities", "concepts", "memberships",
            "holdings", "contingents", "events", "statements", "links", "audit");
}
