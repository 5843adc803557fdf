package org.w3id.cstokg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.facts.Scheme;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * What mapping or checking one fact file needs to know of all the others, one entry per
 * identifier: its name (for labels), the IRI it stands for, the class of the node the loader makes
 * for it, and which articles name an outlet as theirs. Filled file by file, so the files
 * themselves need not be kept: {@code index.add(file)} for each, then map.
 */
public final class IdentifierIndex {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Scheme> schemes = new HashMap<>();
    private final Map<String, Resource> classes = new HashMap<>();
    private final Map<String, List<String>> outletArticles = new HashMap<>();

    public IdentifierIndex() {}

    /** The index of every file of {@code facts}. */
    public static IdentifierIndex of(Facts facts) {
        IdentifierIndex index = new IdentifierIndex();
        facts.files().forEach(index::add);
        return index;
    }

    /** Adds the identifiers one file defines. */
    public void add(FactFile file) {
        file.document().ifPresent(d -> {
            classes.put(Ids.entity(d.id()), d.isTable() ? KG.Table : KG.Article);
            d.outlet().ifPresent(o -> outletArticles.computeIfAbsent(Ids.entity(o.id()), k -> new ArrayList<>(1))
                    .add(Ids.entity(d.id())));
        });
        Stream.of(file.entities(), file.contingents(), file.events()).flatMap(List::stream).forEach(f -> {
            names.put(f.id(), f.name());
            classes.put(Ids.entity(f.id()), ResourceFactory.createResource(f.kind().classIri()));
        });
        file.statements().forEach(s -> classes.put(Ids.entity(s.id()), StatementMapper.type(s.kind())));
        file.concepts().forEach(c -> {
            names.put(c.id(), c.name());
            schemes.put(c.id(), c.scheme());
            classes.put(Ids.concept(c.scheme().key(), c.id()), SKOS.Concept);
        });
    }

    /** The name of a fact, or its identifier if it has none (statements). */
    String name(String id) { return names.getOrDefault(id, id); }

    /** The IRI a reference stands for: concepts live under their scheme, everything else under {@code id/}. */
    String iri(Ref ref) {
        Optional<Scheme> scheme = Optional.ofNullable(schemes.get(ref.id()));
        return scheme.map(s -> Ids.concept(s.key(), ref.id())).orElseGet(() -> Ids.entity(ref.id()));
    }

    /** The class of the node a fact file defines under this IRI, if one does. */
    public Optional<Resource> classOf(String iri) { return Optional.ofNullable(classes.get(iri)); }

    /** The IRIs of the articles published in the outlet with this IRI. */
    public List<String> articlesPublishedIn(String outletIri) { return outletArticles.getOrDefault(outletIri, List.of()); }
}
