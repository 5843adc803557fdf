package org.w3id.cstokg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.Ref;
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
    /** The IRIs of facts not named {@code id/<id>}: concepts, {@code id/<scheme>/<id>}. */
    private final Map<String, String> iris = new HashMap<>();
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
        file.facts().forEach(f -> {
            f.name().ifPresent(n -> names.put(f.id(), n));
            if (f.kind().hasIdKey()) classes.put(Ids.entity(f.nodeId()), ResourceFactory.createResource(f.kind().classIri()));
            if (!f.nodeId().equals(f.id())) iris.put(f.id(), Ids.entity(f.nodeId()));
        });
    }

    /** The name of a fact, or its identifier if it has none (statements). */
    String name(String id) { return names.getOrDefault(id, id); }

    /** The IRI a reference stands for: concepts live under their scheme, everything else under {@code id/}. */
    String iri(Ref ref) { return iris.getOrDefault(ref.id(), Ids.entity(ref.id())); }

    /** The class of the node a fact file defines under this IRI, if one does. */
    public Optional<Resource> classOf(String iri) { return Optional.ofNullable(classes.get(iri)); }

    /** The IRIs of the articles published in the outlet with this IRI. */
    public List<String> articlesPublishedIn(String outletIri) { return outletArticles.getOrDefault(outletIri, List.of()); }
}
