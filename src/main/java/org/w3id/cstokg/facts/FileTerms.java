package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one fact file brings to the checks across files ({@link ReferenceChecker},
 * {@link ReferenceLedger}): the identifiers it defines, the references it makes (and the
 * identifiers of the items it left out), its document's outlet, the outlets it gives without a
 * citation, and its links, one per entity and external dataset.
 */
record FileTerms(List<Definition> definitions, List<Reading.Reference> references, Set<String> brokenIds,
                 Optional<String> documentOutlet, List<Fact> uncitedOutlets, List<LinkKey> links) {

    /** One link of an entity to one external dataset: an entity has at most one per dataset. */
    record LinkKey(String entity, String dataset, Location at) {
        String key() { return entity + " " + dataset; }
    }

    static FileTerms of(Optional<FactFile> file, Reading reading) {
        List<Definition> definitions = new ArrayList<>();
        List<Fact> uncited = new ArrayList<>();
        List<LinkKey> links = new ArrayList<>();
        file.ifPresent(f -> {
            f.document().map(Definition::of).ifPresent(definitions::add);
            f.facts().filter(e -> e.kind().hasIdKey()).map(Definition::of).forEach(definitions::add);
            f.facts().filter(e -> e.kind().satisfies().contains(reading.format.outlet()) && e.cites().isEmpty())
                    .forEach(uncited::add);
            f.links().forEach(link -> Stream.of(link.wikidata().map(x -> "wikidata"), link.dbpedia().map(x -> "dbpedia"),
                            link.geonames().map(x -> "geonames"))
                    .flatMap(Optional::stream)
                    .forEach(dataset -> links.add(new LinkKey(link.entity().id(), dataset, link.at()))));
        });
        Optional<String> outlet = file.flatMap(FactFile::document).flatMap(Document::outlet).map(Ref::id);
        return new FileTerms(definitions, reading.references, reading.brokenIds, outlet, uncited, links);
    }
}
