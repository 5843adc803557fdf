package org.w3id.cstokg.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    /**
     * The class of each node a file defines under {@code id/}, keyed by its IRI less {@link Ids#NS}
     * (mostly the very String of the identifier, so the key costs nothing), each class one shared
     * Resource ({@link #classTerms}). Keyed by the whole IRI, with a Resource per entry, the index
     * was the largest thing a build held at N = 10,000 (1.1 million identifiers), where a build in
     * a 1 GB heap then spent most of its time in full collections (docs/benchmarks.md, "The build
     * at N = 10,000 in 1 GB").
     */
    private final Map<String, Resource> classes = new HashMap<>();
    private final Map<String, Resource> classTerms = new HashMap<>();
    private final Map<String, Set<String>> outletArticles = new HashMap<>();
    /** How many files set each key of names, iris and classes, when kept ({@link #tracking}); else null. */
    private final Map<String, Integer> setters;

    public IdentifierIndex() { this(false); }

    private IdentifierIndex(boolean tracking) { setters = tracking ? new HashMap<>() : null; }

    /** An index that can {@link #replace} files: it counts how many files set each entry. */
    public static IdentifierIndex tracking() { return new IdentifierIndex(true); }

    /** The index of every file of {@code facts}. */
    public static IdentifierIndex of(Facts facts) {
        IdentifierIndex index = new IdentifierIndex();
        facts.files().forEach(index::add);
        return index;
    }

    /** Adds the identifiers one file defines. */
    public void add(FactFile file) {
        entries(file, new Entries() {
            @Override public <V> void entry(Map<String, V> map, String key, V value) {
                map.put(key, value);
                if (setters != null) setters.merge(tag(map) + key, 1, Integer::sum);
            }

            @Override public void article(String outlet, String article) {
                outletArticles.computeIfAbsent(outlet, k -> new TreeSet<>()).add(article);
            }
        });
    }

    /**
     * Replaces the files {@code before} by {@code after} in a {@link #tracking} index, and says
     * whether the index is now the one the files would give added in any order: false when an entry
     * is set by two files, whose order would decide it (then the index is of no further use: make
     * it again).
     */
    public boolean replace(List<FactFile> before, List<FactFile> after) {
        if (setters == null) throw new IllegalStateException("not a tracking index");
        boolean[] alone = {true};
        for (FactFile file : before) {
            entries(file, new Entries() {
                @Override public <V> void entry(Map<String, V> map, String key, V value) {
                    Integer left = setters.computeIfPresent(tag(map) + key, (k, n) -> n == 1 ? null : n - 1);
                    if (left == null) map.remove(key);
                    else alone[0] = false;
                }

                @Override public void article(String outlet, String article) {
                    Set<String> articles = outletArticles.get(outlet);
                    if (articles != null && articles.remove(article) && articles.isEmpty()) outletArticles.remove(outlet);
                }
            });
        }
        for (FactFile file : after) {
            add(file);
            entries(file, new Entries() {
                @Override public <V> void entry(Map<String, V> map, String key, V value) {
                    alone[0] &= setters.get(tag(map) + key) == 1;
                }

                @Override public void article(String outlet, String article) {}
            });
        }
        return alone[0];
    }

    /** What one file puts into the index, entry by entry. */
    private interface Entries {
        <V> void entry(Map<String, V> map, String key, V value);

        void article(String outletIri, String articleIri);
    }

    private void entries(FactFile file, Entries into) {
        file.document().ifPresent(d -> {
            into.entry(classes, d.id(), d.isTable() ? KG.Table : KG.Article);
            d.outlet().ifPresent(o -> into.article(Ids.entity(o.id()), Ids.entity(d.id())));
        });
        file.facts().forEach(f -> {
            f.name().ifPresent(n -> into.entry(names, f.id(), n));
            if (f.kind().hasIdKey()) {
                into.entry(classes, f.nodeId(), classTerms.computeIfAbsent(f.kind().classIri(), ResourceFactory::createResource));
            }
            if (!f.nodeId().equals(f.id())) into.entry(iris, f.id(), Ids.entity(f.nodeId()));
        });
    }

    /** Which of the maps a key is of, for {@link #setters}. */
    private String tag(Map<String, ?> map) {
        return map == names ? "n " : map == iris ? "i " : "c ";
    }

    /** The name of a fact, or its identifier if it has none (statements). */
    String name(String id) { return names.getOrDefault(id, id); }

    /** The IRI a reference stands for: concepts live under their scheme, everything else under {@code id/}. */
    String iri(Ref ref) { return iris.getOrDefault(ref.id(), Ids.entity(ref.id())); }

    /** The class of the node a fact file defines under this IRI, if one does. */
    public Optional<Resource> classOf(String iri) {
        return iri.startsWith(Ids.NS) ? Optional.ofNullable(classes.get(iri.substring(Ids.NS.length()))) : Optional.empty();
    }

    /** The IRIs of the articles published in the outlet with this IRI. */
    public List<String> articlesPublishedIn(String outletIri) { return List.copyOf(outletArticles.getOrDefault(outletIri, Set.of())); }

    /** Two indexes are equal when they answer every question alike (however they were filled). */
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentifierIndex other && names.equals(other.names) && iris.equals(other.iris)
                && classes.equals(other.classes) && outletArticles.equals(other.outletArticles);
    }

    @Override
    public int hashCode() { return Objects.hash(names, iris, classes, outletArticles); }
}
