package org.w3id.cstokg.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.facts.Stated;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * What mapping or checking one fact file needs to know of all the others, one entry per
 * identifier: its name (for labels), the IRI it stands for, the class of the node the loader makes
 * for it, and which articles name an outlet as theirs. Filled file by file, so the files
 * themselves need not be kept: {@code index.add(file)} for each, then map.
 * <p>For a build larger than memory the index need not hold every identifier: a chunk's mapping
 * asks it about the identifiers the chunk's files refer to, and the checks about nodes of other
 * files the chunk refers to. So a build fills it with {@link #add(FactFile, Stream)}, which notes
 * the identifiers each file refers to without defining them, keeps only those
 * ({@link #keepReferencedElsewhere}), and maps each chunk with the index {@link #with} the chunk's own
 * files, which answers every question as the whole index would.
 */
public final class IdentifierIndex {
    private static final Logger LOG = LoggerFactory.getLogger("load");
    private Map<String, String> names = new HashMap<>();
    /** The IRIs of facts not named {@code id/<id>}: concepts, {@code id/<scheme>/<id>}. */
    private Map<String, String> iris = new HashMap<>();
    /**
     * The class of each node a file defines under {@code id/}, keyed by its IRI less {@link Ids#NS}
     * (mostly the very String of the identifier, so the key costs nothing), each class one shared
     * Resource ({@link #classTerms}). Keyed by the whole IRI, with a Resource per entry, the index
     * was the largest thing a build held at N = 10,000 (1.1 million identifiers), where a build in
     * a 1 GB heap then spent most of its time in full collections (docs/benchmarks.md, "The build
     * at N = 10,000 in 1 GB").
     */
    private Map<String, Resource> classes = new HashMap<>();
    private final Map<String, Resource> classTerms = new HashMap<>();
    private final Map<String, Set<String>> outletArticles = new HashMap<>();
    /** How many files set each key of names, iris and classes, when kept ({@link #tracking}); else null. */
    private final Map<String, Integer> setters;
    /** The identifiers files refer to that they do not define ({@link #add(FactFile, Stream)}). */
    private final Set<String> referencedElsewhere = new HashSet<>();
    /**
     * The nodes under {@code id/} (less {@link Ids#NS}) that values name by IRI, not by identifier:
     * a web address or a code's concept there ({@link DeclaredFactMapper#iri}).
     */
    private final Set<String> namedByIri = new HashSet<>();
    /** The index this one adds a few files to ({@link #with}), or null. */
    private final IdentifierIndex under;

    public IdentifierIndex() { this(false, null); }

    private IdentifierIndex(boolean tracking, IdentifierIndex under) {
        this.setters = tracking ? new HashMap<>() : null;
        this.under = under;
    }

    /** An index that can {@link #replace} files: it counts how many files set each entry. */
    public static IdentifierIndex tracking() { return new IdentifierIndex(true, null); }

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
     * Adds the identifiers one file defines ({@link #add(FactFile)}), and notes those of
     * {@code referenced}, the identifiers the file refers to, that it does not define itself, and
     * the nodes under {@code id/} its values name by IRI.
     */
    public void add(FactFile file, Stream<String> referenced) {
        add(file);
        Set<String> own = new HashSet<>();
        file.document().ifPresent(d -> own.add(d.id()));
        file.facts().filter(f -> f.kind().hasIdKey()).forEach(f -> own.add(f.id()));
        referenced.filter(id -> !own.contains(id)).forEach(referencedElsewhere::add);
        Stream.concat(file.document().stream().flatMap(d -> d.stated().stream()), file.facts().flatMap(f -> f.stated().stream()))
                .flatMap(s -> s instanceof Stated.Literal literal ? DeclaredFactMapper.iri(literal).stream() : Stream.empty())
                .filter(iri -> iri.startsWith(Ids.NS))
                .forEach(iri -> namedByIri.add(iri.substring(Ids.NS.length())));
    }

    /**
     * Drops every entry but those of the identifiers some file refers to without defining them,
     * and the classes of the nodes values name by IRI ({@link #add(FactFile, Stream)}): an
     * identifier only its own file refers to is answered by the index {@link #with} that file. At N = 10,000 synthetic articles it keeps 224 of 1,970,224
     * entries (those of 103 identifiers), whose names and classes were the part of a build's heap
     * that grew with N (docs/benchmarks.md, "The build at N = 10,000 in 1 GB"). Not for a {@link #tracking}
     * index, which must be able to {@link #replace} any file.
     */
    public void keepReferencedElsewhere() {
        if (setters != null) throw new IllegalStateException("a tracking index keeps every entry");
        int before = names.size() + iris.size() + classes.size();
        Set<String> nodes = new HashSet<>(referencedElsewhere);
        nodes.addAll(namedByIri);
        for (String id : referencedElsewhere) {
            String iri = iris.get(id);
            if (iri != null) nodes.add(iri.substring(Ids.NS.length()));
        }
        names = only(names, referencedElsewhere);
        iris = only(iris, referencedElsewhere);
        classes = only(classes, nodes);
        if (before > 0) LOG.info("The identifier index keeps {} of {} entries: those of the {} identifiers files refer to across files",
                names.size() + iris.size() + classes.size(), before, referencedElsewhere.size());
    }

    /** A new map of the entries of {@code keys} (retainAll would keep the table sized for every entry: 19 MB at N = 10,000). */
    private static <V> Map<String, V> only(Map<String, V> map, Set<String> keys) {
        Map<String, V> kept = new HashMap<>();
        for (String key : keys) {
            V value = map.get(key);
            if (value != null) kept.put(key, value);
        }
        return kept;
    }

    /**
     * This index and the entries of {@code files} (one chunk's), which answer first: after
     * {@link #keepReferencedElsewhere}, what the whole index would answer about every identifier
     * the files define or refer to.
     */
    public IdentifierIndex with(List<FactFile> files) {
        IdentifierIndex chunk = new IdentifierIndex(false, this);
        files.forEach(chunk::add);
        return chunk;
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
    String name(String id) {
        String name = names.get(id);
        return name != null ? name : under != null ? under.name(id) : id;
    }

    /** The IRI a reference stands for: concepts live under their scheme, everything else under {@code id/}. */
    String iri(Ref ref) {
        String iri = iris.get(ref.id());
        return iri != null ? iri : under != null ? under.iri(ref) : Ids.entity(ref.id());
    }

    /** The class of the node a fact file defines under this IRI, if one does. */
    public Optional<Resource> classOf(String iri) {
        if (!iri.startsWith(Ids.NS)) return Optional.empty();
        Resource c = classes.get(iri.substring(Ids.NS.length()));
        return c != null || under == null ? Optional.ofNullable(c) : under.classOf(iri);
    }

    /** The IRIs of the articles published in the outlet with this IRI. */
    public List<String> articlesPublishedIn(String outletIri) {
        if (under != null) return under.articlesPublishedIn(outletIri);
        return List.copyOf(outletArticles.getOrDefault(outletIri, Set.of()));
    }

    /** Two indexes are equal when they answer every question alike (however they were filled). */
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentifierIndex other && names.equals(other.names) && iris.equals(other.iris)
                && classes.equals(other.classes) && outletArticles.equals(other.outletArticles)
                && Objects.equals(under, other.under);
    }

    @Override
    public int hashCode() { return Objects.hash(names, iris, classes, outletArticles, under); }
}
