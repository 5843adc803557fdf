package org.w3id.cstokg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.describe.VoidDescription;
import org.w3id.cstokg.export.DumpSegments;
import org.w3id.cstokg.export.StreamedDumps;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.ProgramVersion;
import org.w3id.cstokg.store.Inference;
import org.w3id.cstokg.store.StoreLayout;
import org.w3id.cstokg.store.TextIndexing;
import org.w3id.cstokg.validate.Violation;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The incremental build: a copy of the current generation's store changed in one write transaction
 * to what a full build of the present fact files gives, rebuilding only the documents whose files
 * changed (docs/build.md). The files to rebuild are the changed ones and those that refer to a node
 * a changed or deleted file defined (their graphs and checks depend on it); they are mapped and
 * checked as one chunk, with the same checks and context as a full build. Then their old graphs and
 * links share go and the new ones come in, and graph:inferred is made right for every triple they
 * stated or entailed, before or now (an entailment may have support in several documents); the
 * text index is redone for every subject that changed; the VoID description, the dumps and the checksums are written from the updated store.
 */
public final class IncrementalBuild {
    private static final Logger LOG = LoggerFactory.getLogger("load");
    private static final Node INFERRED = NodeFactory.createURI(Graphs.INFERRED);
    private static final Node LINKS = NodeFactory.createURI(Graphs.LINKS);
    private static final Node VOID = NodeFactory.createURI(Graphs.VOID);
    private static final Node TYPE = RDF.type.asNode();

    private final FactChunks facts;
    private final ChunkCheck checks;
    private final BuildManifest manifest;
    private final FileChanges changes;
    private final GenerationFiles files;
    private final SetupRDFS vocabulary;
    private final Path current;

    /**
     * In place ({@link #inPlace}), a full build is no alternative: a rebuild set of more than half
     * of the files is still built when its fact files hold at most this many bytes (in memory as
     * one chunk: about 200,000 quads per MB of YAML).
     */
    static final long IN_PLACE_BYTES = 8_000_000;

    private final boolean inPlace;

    private IncrementalBuild(Path current, FactChunks facts, Path qcDir, BuildManifest manifest, FileChanges changes, GenerationFiles files) {
        this(current, facts, qcDir, manifest, changes, files, false);
    }

    private IncrementalBuild(Path current, FactChunks facts, Path qcDir, BuildManifest manifest, FileChanges changes,
                             GenerationFiles files, boolean inPlace) {
        this.inPlace = inPlace;
        this.current = current;
        this.facts = facts;
        this.checks = new ChunkCheck(facts, qcDir);
        this.manifest = manifest;
        this.changes = changes;
        this.files = files;
        this.vocabulary = RDFSFactory.setupRDFS(facts.ontology());
    }

    /**
     * The hash of what a build reads besides the fact files: the ontology and shapes, the QC
     * queries, the program itself ({@link ProgramVersion}), the base URL and the whole-graph limit.
     * A generation built from other inputs is rebuilt in full.
     */
    public static String inputs(Path ontologyDir, Path qcDir, String baseUrl, long wholeGraphLimit) {
        return BuildStamp.ofFiles(List.of(ontologyDir, qcDir)).hash() + " " + ProgramVersion.id().replaceAll("\\s", "_") + " "
                + wholeGraphLimit + " " + baseUrl.replaceAll("\\s", "%20");
    }

    /** Which of the {@link #inputs} differ, in words: the ontology etc., the program, the limit, the base URL. */
    static String whatChanged(String before, String now) {
        String[] a = before.split(" ", 4);
        String[] b = now.split(" ", 4);
        if (a.length < 4 || b.length < 4) return "the current generation was built by an older csto-kg";
        List<String> changed = new ArrayList<>();
        if (!a[0].equals(b[0])) changed.add("the ontology, shapes or QC queries changed");
        if (!a[1].equals(b[1])) changed.add("csto-kg itself changed (" + b[1] + ", not " + a[1] + ")");
        if (!a[2].equals(b[2])) changed.add("the whole-graph limit is " + b[2] + ", not " + a[2]);
        if (!a[3].equals(b[3])) {
            changed.add("the base URL is " + b[3] + ", not " + a[3] + " (the VoID description names it; --base-url "
                    + a[3] + " would build incrementally)");
        }
        return String.join("; ", changed);
    }

    /**
     * The incremental build from {@code current} to {@code facts}, or null (and the reason logged)
     * when a full build is due: no manifest, other inputs (ontology, shapes, QC queries, options),
     * or more than half of the files changed.
     */
    public static IncrementalBuild from(Path current, FactChunks facts, String inputs, Path qcDir, Path staging,
                                        VoidDescription.Builder description, long wholeGraphLimit) {
        var manifest = BuildManifest.read(current);
        if (manifest.isEmpty()) {
            LOG.info("Full build: the current generation {} has no build manifest", current.getFileName());
            return null;
        }
        if (!manifest.get().inputs().equals(inputs)) {
            LOG.info("Full build: {} since {}", whatChanged(manifest.get().inputs(), inputs), current.getFileName());
            return null;
        }
        if (StoreLayout.hasLiveEdits(current)) {
            LOG.info("Full build: kg serve --watch changed the store of {} and stopped before writing its files again",
                    current.getFileName());
            return null;
        }
        if (StoreLayout.wasWritable(current)) {
            LOG.info("Full build: {} was served with writes enabled (--auth-file), so its store may hold more than "
                    + "its facts", current.getFileName());
            return null;
        }
        FileChanges changes = FileChanges.between(manifest.get(), facts);
        int before = manifest.get().files().size();
        if (changes.count() > Math.max(1, before / 2)) {
            LOG.info("Full build: {} of {} fact files changed since {}", changes.count(), before, current.getFileName());
            return null;
        }
        LOG.info("Incremental build from {}: {} of {} fact files changed {}", current.getFileName(), changes.count(),
                before, changes.names());
        return new IncrementalBuild(current, facts, qcDir, manifest.get(), changes,
                new GenerationFiles(staging, description, wholeGraphLimit));
    }

    /**
     * The incremental build of the generation {@code generation} into itself, for {@code kg serve
     * --watch} ({@link LiveEdits}): its store is changed in place ({@link #change}), then the files
     * are written into {@code staging} ({@link #writeFiles}), splicing the generation's own dumps.
     * {@code manifest} is the generation's, as this build leaves it (changed in place); a listed file
     * that {@code mayHaveChanged} rules out is taken as unchanged without being read.
     */
    static IncrementalBuild inPlace(Path generation, FactChunks facts, Predicate<Path> mayHaveChanged, Path qcDir,
                                    BuildManifest manifest, Path staging, VoidDescription.Builder description,
                                    long wholeGraphLimit) {
        return new IncrementalBuild(generation, facts, qcDir, manifest, FileChanges.between(manifest, facts, mayHaveChanged),
                new GenerationFiles(staging, description, wholeGraphLimit), true);
    }

    /** Whether the fact files are those the manifest lists, unchanged: nothing to build. */
    boolean nothingChanged() {
        return changes.count() == 0;
    }

    /**
     * Changes {@code store}, a copy of the current generation's, inside the caller's write
     * transaction; see the class. Returns false, having changed nothing, when more than half of the
     * files would have to be rebuilt (they refer to nodes of the changed ones): then a full build,
     * a chunk at a time, is the cheaper one, and the rebuilt files need not fit in memory at once.
     */
    public boolean apply(DatasetGraph store, TextIndex text) throws IOException {
        Optional<Rebuilt> rebuilt = change(store, text);
        if (rebuilt.isEmpty()) return false;
        writeFiles(store, text, rebuilt.get());
        return true;
    }

    /**
     * What {@link #change} did, for {@link #writeFiles}: the graphs that hold what they held in the
     * current generation, how many documents were rebuilt and removed, and when the build began.
     */
    record Rebuilt(Set<String> kept, int documents, int removed, long start) {}

    /**
     * The store part of the build, inside the caller's write transaction: the rebuilt documents'
     * graphs and links shares replaced, graph:inferred made right, the text index redone for every
     * subject that changed. The VoID graph is left as it was. Empty, having changed nothing, when a
     * full build is due after all; see {@link #apply}.
     *
     * @throws ViolationsFound if the rebuilt documents break a shape or QC query (nothing changed)
     */
    Optional<Rebuilt> change(DatasetGraph store, TextIndex text) {
        long start = System.nanoTime();
        Map<String, BuildManifest.Entry> byGraph = new HashMap<>();
        manifest.files().values().forEach(e -> byGraph.put(e.graph(), e));
        List<BuildManifest.Entry> gone = new ArrayList<>(changes.deleted());
        for (Path file : changes.changed()) {
            BuildManifest.Entry old = manifest.files().get(file.getFileName().toString());
            if (old != null) gone.add(old);
        }
        Set<Node> defined = new HashSet<>();
        for (BuildManifest.Entry e : gone) typedSubjects(store.getGraph(NodeFactory.createURI(e.graph())), defined);
        Chunk edited = null;
        if (!changes.changed().isEmpty()) {
            edited = facts.map(changes.changed());
            for (String name : edited.graphNames()) typedSubjects(edited.dataset().getNamedModel(name).getGraph(), defined);
        }
        List<Path> rebuilt = rebuildSet(store, defined, byGraph);
        if (rebuilt.size() > Math.max(1, facts.fileCount() / 2) && !(inPlace && bytes(rebuilt) <= IN_PLACE_BYTES)) {
            LOG.info("{}: {} of {} fact files refer to nodes of the changed ones", inPlace ? "Not built in place"
                    : "Full build after all", rebuilt.size(), facts.fileCount());
            return Optional.empty();
        }
        for (Path file : rebuilt) {
            BuildManifest.Entry old = manifest.files().get(file.getFileName().toString());
            if (old != null && !gone.contains(old)) gone.add(old);
        }
        LOG.info("Rebuilding {} document(s): {}; removing {}", rebuilt.size(),
                rebuilt.stream().map(p -> p.getFileName().toString()).toList(),
                changes.deleted().stream().map(BuildManifest.Entry::name).toList());

        Chunk chunk = rebuilt.isEmpty() ? null : rebuilt.equals(changes.changed()) ? edited : facts.map(rebuilt);
        Graph newAsserted = chunk == null ? GraphFactory.createDefaultGraph() : chunk.union();
        if (chunk != null) {
            List<Violation> violations = checks.check(chunk, newAsserted);
            if (!violations.isEmpty()) throw new ViolationsFound(violations);
        }
        long checked = System.nanoTime();

        Graph oldAsserted = GraphFactory.createDefaultGraph();
        for (BuildManifest.Entry e : gone) {
            store.getGraph(NodeFactory.createURI(e.graph())).find().forEachRemaining(oldAsserted::add);
            Graph share = manifest.links().get(e.graph());
            if (share != null) share.find().forEachRemaining(oldAsserted::add);
        }
        // RDFS with the ontology as vocabulary infers from one triple at a time, so only what the
        // changed triples entail can change status (entailed or not, stated or not)
        Graph removed = difference(oldAsserted, newAsserted);
        Graph added = difference(newAsserted, oldAsserted);
        Set<Triple> candidates = new HashSet<>();
        RDFSFactory.graphRDFS(removed, vocabulary).find().forEachRemaining(candidates::add);
        RDFSFactory.graphRDFS(added, vocabulary).find().forEachRemaining(candidates::add);
        Set<Node> reindexed = new LinkedHashSet<>();
        indexedSubjects(candidates, reindexed);

        Graph oldLinks = GraphFactory.createDefaultGraph();
        for (BuildManifest.Entry e : gone) {
            Graph share = manifest.links().get(e.graph());
            if (share != null) share.find().forEachRemaining(oldLinks::add);
            manifest.remove(e);
            Node g = NodeFactory.createURI(e.graph());
            if (chunk == null || !chunk.graphNames().contains(e.graph())) store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        if (chunk != null) chunk.files().forEach(manifest::add);
        oldLinks.find().forEachRemaining(t -> {
            if (!manifest.links().stated(t)) store.delete(LINKS, t.getSubject(), t.getPredicate(), t.getObject());
        });
        if (chunk != null) {
            for (String name : chunk.graphNames()) {
                Node g = NodeFactory.createURI(name);
                Graph now = chunk.dataset().getNamedModel(name).getGraph();
                if (g.equals(LINKS)) now.find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                else replace(store, g, now);
            }
        }
        long replaced = System.nanoTime();
        boolean inferredChanged = reinfer(store, candidates);
        TextIndexing.reindex(store, text, reindexed);
        LOG.info("Store changed: up to the checks {} ms, graphs and links {} ms, inferred graph and text index {} ms",
                (checked - start) / 1_000_000, (replaced - checked) / 1_000_000, (System.nanoTime() - replaced) / 1_000_000);
        Set<String> kept = new HashSet<>(List.of(Graphs.ONTOLOGY, Graphs.SHAPES));
        manifest.files().values().forEach(e -> kept.add(e.graph()));
        gone.forEach(e -> kept.remove(e.graph()));
        if (chunk != null) kept.removeAll(chunk.graphNames());
        if (!inferredChanged) kept.add(Graphs.INFERRED);
        return Optional.of(new Rebuilt(kept, rebuilt.size(), changes.deleted().size(), start));
    }

    /**
     * The files part for a store others may change meanwhile ({@code kg serve --watch}), inside the
     * caller's READ transaction, after {@link #change}: the dumps (spliced from the current
     * generation's) and the other files into the staging folder, with the VoID description, which
     * is returned for {@link #install} and not written into the store. The manifest is not written
     * ({@link #writeManifest}).
     */
    Model prepareFiles(DatasetGraph store, Rebuilt rebuilt) throws IOException {
        return prepareFiles(store, rebuilt, StreamedDumps.open(files.staging(), Prefixes.standard()));
    }

    /**
     * {@link #prepareFiles(DatasetGraph, Rebuilt)} giving way to edits: the dumps stop with a
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} is true (the caller
     * starts again later), and are flushed to disk every {@link #SYNC_BYTES}, so that an edit's commit
     * does not wait behind gigabytes of them.
     */
    Model prepareFiles(DatasetGraph store, Rebuilt rebuilt, java.util.function.BooleanSupplier cancelled) throws IOException {
        return prepareFiles(store, rebuilt, StreamedDumps.open(files.staging(), Prefixes.standard())
                .cancelledWhen(cancelled).syncEvery(SYNC_BYTES));
    }

    /** How much of the dumps {@code kg serve --watch} writes before it flushes them to disk. */
    static final long SYNC_BYTES = 64L << 20;

    private Model prepareFiles(DatasetGraph store, Rebuilt rebuilt, StreamedDumps dumps) throws IOException {
        try {
            long asserted = dump(store, dumps, rebuilt.kept());
            return files.finish(store, dumps, asserted, false);
        } finally {
            dumps.close();
        }
    }

    /**
     * Puts the description {@link #prepareFiles} returned into the store, inside the caller's write
     * transaction, re-indexing the subjects of the old and new descriptions.
     */
    void install(DatasetGraph store, TextIndex text, Model description) {
        Set<Node> reindexed = new LinkedHashSet<>();
        indexedSubjects(store.getGraph(VOID).find().toSet(), reindexed);
        store.removeGraph(VOID);
        store.addGraph(VOID, description.getGraph());
        indexedSubjects(description.getGraph().find().toSet(), reindexed);
        TextIndexing.reindex(store, text, reindexed);
    }

    /** Writes the manifest, as the builds so far left it, into the staging folder. */
    void writeManifest() throws IOException {
        manifest.write(files.staging());
    }

    /**
     * The files part, inside the caller's write transaction, after {@link #change}: the VoID
     * description of the store (into the store, its subjects re-indexed), the dumps (spliced from the
     * current generation's), the other files and the manifest, all into the staging folder.
     */
    void writeFiles(DatasetGraph store, TextIndex text, Rebuilt rebuilt) throws IOException {
        install(store, text, prepareFiles(store, rebuilt));
        writeManifest();
        LOG.info("Incremental build: {} documents rebuilt, {} removed in {} ms", rebuilt.documents(), rebuilt.removed(),
                (System.nanoTime() - rebuilt.start()) / 1_000_000);
    }

    /**
     * The files to map again: the changed ones, and the unchanged ones whose graphs (or links share)
     * refer to a node a changed or deleted file defined, in file order.
     */
    private List<Path> rebuildSet(DatasetGraph store, Set<Node> defined, Map<String, BuildManifest.Entry> byGraph) {
        Set<String> names = new HashSet<>();
        changes.changed().forEach(p -> names.add(p.getFileName().toString()));
        for (Node node : defined) {
            store.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> {
                BuildManifest.Entry e = byGraph.get(q.getGraph().getURI());
                if (e != null) names.add(e.name());
            });
            for (String g : manifest.links().withObject(node)) {
                if (byGraph.containsKey(g)) names.add(byGraph.get(g).name());
            }
        }
        return facts.files().stream().filter(p -> names.contains(p.getFileName().toString())).toList();
    }

    /**
     * Makes graph:inferred right for every triple that the old or new graphs of the rebuilt
     * documents stated or entailed: it holds a triple when the asserted graphs entail it and none
     * states it ({@link Inference#dropStated}), whichever documents do. RDFS with the ontology as
     * the vocabulary infers from one triple at a time, and a triple about a node follows only from
     * triples with that node as subject or object, so those are all the check needs.
     */
    private boolean reinfer(DatasetGraph store, Set<Triple> candidates) {
        Map<Node, Graph> closures = new HashMap<>();
        long added = 0;
        long removed = 0;
        for (Triple t : candidates) {
            Node s = t.getSubject();
            boolean inferred = store.contains(INFERRED, s, t.getPredicate(), t.getObject());
            boolean entailed = !Inference.isStated(store, t)
                    && closures.computeIfAbsent(s, node -> RDFSFactory.graphRDFS(about(store, node), vocabulary)).contains(t);
            if (entailed && !inferred) {
                store.add(INFERRED, s, t.getPredicate(), t.getObject());
                added++;
            } else if (!entailed && inferred) {
                store.delete(INFERRED, s, t.getPredicate(), t.getObject());
                removed++;
            }
        }
        LOG.info("Inferred graph: {} triples checked, {} added, {} removed", candidates.size(), added, removed);
        return added + removed > 0;
    }

    /**
     * Makes graph {@code g} of the store hold what {@code now} holds, deleting and adding only the
     * triples that differ (a one-word edit of a document of thousands of triples changes two).
     */
    private static void replace(DatasetGraph store, Node g, Graph now) {
        List<Triple> gone = new ArrayList<>();
        store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!now.contains(q.asTriple())) gone.add(q.asTriple());
        });
        gone.forEach(t -> store.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        now.find().forEachRemaining(t -> {
            if (!store.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) store.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    private static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += java.nio.file.Files.size(file);
            } catch (IOException e) {
                return Long.MAX_VALUE;
            }
        }
        return bytes;
    }

    /** The triples of {@code a} not in {@code b}. */
    private static Graph difference(Graph a, Graph b) {
        Graph d = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) d.add(t);
        });
        return d;
    }

    /** The asserted triples of the store with {@code node} as subject or object. */
    private static Graph about(DatasetGraph store, Node node) {
        Graph about = GraphFactory.createDefaultGraph();
        for (var quads : List.of(store.find(Node.ANY, node, Node.ANY, Node.ANY), store.find(Node.ANY, Node.ANY, Node.ANY, node))) {
            quads.forEachRemaining(q -> {
                Node g = q.getGraph();
                if (!g.equals(INFERRED) && !g.equals(VOID)) about.add(q.asTriple());
            });
        }
        return about;
    }

    /**
     * Writes every graph of the store but the VoID one into the dumps; returns how many asserted
     * quads there are. A graph in {@code kept} holds what it held in the current generation: its
     * segments are copied from that generation's dumps when it has a segment index
     * ({@link DumpSegments}), in their order there; every other graph is written from the store.
     */
    private long dump(DatasetGraph store, StreamedDumps dumps, Set<String> kept) throws IOException {
        List<Node> names = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(names::add);
        Set<String> copied = new HashSet<>();
        Optional<DumpSegments> previous = DumpSegments.read(current.resolve(BuildManifest.FOLDER)).filter(d -> d.fits(current));
        long start = System.nanoTime();
        if (previous.isPresent()) {
            Set<String> inStore = new HashSet<>();
            names.forEach(g -> inStore.add(g.getURI()));
            for (DumpSegments.Segment segment : previous.get().segments()) {
                if (kept.contains(segment.graph()) && inStore.contains(segment.graph())) {
                    dumps.copy(current, segment);
                    copied.add(segment.graph());
                }
            }
        } else {
            LOG.info("{} has no dump segment index, or its dumps do not end where it says: every graph is written "
                    + "from the store", current.getFileName());
        }
        long spliced = System.nanoTime();
        long asserted = 0;
        int written = 0;
        for (Node g : names) {
            if (g.equals(VOID)) continue;
            Graph graph = store.getGraph(g);
            if (!copied.contains(g.getURI())) {
                dumps.graph(g, graph);
                written++;
            }
            if (!g.equals(INFERRED)) asserted += graph.size();
        }
        LOG.info("Dumps: {} graphs copied from {} in {} ms, {} written from the store in {} ms", copied.size(),
                current.getFileName(), (spliced - start) / 1_000_000, written, (System.nanoTime() - spliced) / 1_000_000);
        return asserted;
    }

    private static void typedSubjects(Graph graph, Set<Node> into) {
        graph.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) into.add(t.getSubject());
        });
    }

    private static void indexedSubjects(Set<Triple> triples, Set<Node> into) {
        for (Triple t : triples) {
            if (TextIndexing.indexes(t.getPredicate())) into.add(t.getSubject());
        }
    }
}
