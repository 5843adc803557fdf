package org.w3id.cstokg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.FactError;
import org.w3id.cstokg.facts.FactFormat;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.facts.FactScan;
import org.w3id.cstokg.facts.ReferenceLedger;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The fact files read in two passes, for corpora larger than memory. {@link #scan} reads every
 * file once, checks it and the references between files, and keeps only an
 * {@link IdentifierIndex} of the identifiers files refer to across files
 * ({@link IdentifierIndex#keepReferencedElsewhere}); {@link #map} reads a group of them again and maps it into a
 * {@link Chunk}, which the caller drops when done. Peak memory is the chunks in hand plus the index.
 * <pre>{@code
 * FactChunks facts = FactChunks.scan(Path.of("data"), Path.of("ontology"));
 * if (facts.errors().isEmpty()) for (List<Path> group : facts.groups(1 << 20)) check(facts.map(group));
 * }</pre>
 */
public final class FactChunks {
    private static final Comparator<FactError> BY_PLACE = Comparator
            .comparing((FactError e) -> e.location().file())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column());

    private final List<Path> files;
    private final Map<Path, String> versions;
    private final IdentifierIndex index;
    private final FactFormat format;
    private final Graph ontology;
    private final Graph shapes;
    private final List<FactError> errors;
    /** Each file's parse when kept ({@link #scan(Path, Path, ErrorHandler, boolean)}), else null. */
    private final Map<Path, Parse> parses;
    /** The files this pass parsed (every file, but in a {@link #rescan}). */
    private final Set<Path> parsed;
    /**
     * The checks across files, kept with the parses when the files pass them, for a {@link #rescan}
     * that reads only what changed; taken (null) by the first rescan, which hands it on.
     */
    private ReferenceLedger ledger;
    private boolean checkedInPart;

    private FactChunks(List<Path> files, Map<Path, String> versions, IdentifierIndex index, FactFormat format,
                       Graph ontology, Graph shapes, List<FactError> errors, Map<Path, Parse> parses, Set<Path> parsed) {
        this.parses = parses;
        this.parsed = parsed;
        this.files = files;
        this.versions = versions;
        this.index = index;
        this.format = format;
        this.ontology = ontology;
        this.shapes = shapes;
        this.errors = errors;
    }

    /**
     * The first pass: reads the ontology and shapes, and every fact file (parsed on one thread per
     * core, checked in file order), keeping none of the facts.
     */
    public static FactChunks scan(Path dataDir, Path ontologyDir) {
        return scan(dataDir, ontologyDir, null);
    }

    /** {@link #scan(Path, Path)}, also telling {@code listener} (if not null) of each error as it is found. */
    public static FactChunks scan(Path dataDir, Path ontologyDir, ErrorHandler listener) {
        return scan(dataDir, ontologyDir, listener, false);
    }

    /**
     * {@link #scan(Path, Path, ErrorHandler)}, keeping each file's parse (with {@code keep}), so that
     * {@link #rescan} parses only the files changed since: for a process that reads the same folder
     * again and again ({@code kg serve --watch}), at the cost of holding the facts in memory.
     */
    public static FactChunks scan(Path dataDir, Path ontologyDir, ErrorHandler listener, boolean keep) {
        ErrorRecorder errors = new ErrorRecorder(listener);
        Graph ontology = GraphFactory.createDefaultGraph();
        Graph shapes = GraphFactory.createDefaultGraph();
        OntologyLoader loader = new OntologyLoader(errors);
        loader.loadOntology(ontologyDir, ontology);
        loader.loadShapes(ontologyDir, shapes);
        FactFormat format = OntologyFactFormat.read(ontology, errors);
        return read(dataDir, ontology, shapes, format, errors, keep ? new HashMap<>() : null, Map.of());
    }

    /**
     * The first pass again over {@code dataDir}, with this pass's ontology, shapes and fact format:
     * the files this pass parsed without error and whose size and modification time are the same
     * are not read again. Keeps the parses, for the next rescan.
     * <p>When this pass kept its parses and found no error, the references between files are checked
     * only where the changed files bring or take identifiers, references, outlets and links
     * ({@link ReferenceLedger}), and the identifier index is changed in place; should that find an
     * error (or an entry two files set), every file is checked again, as a full pass does, for the
     * errors in full. Either way the result is the full pass's. This object's index may then have
     * changed: use the returned one from now on.
     */
    public FactChunks rescan(Path dataDir, ErrorHandler listener) {
        ReferenceLedger kept = ledger;
        ledger = null;
        if (kept != null) {
            FactChunks replaced = replaced(dataDir, kept, listener);
            if (replaced != null) return replaced;
        }
        return read(dataDir, ontology, shapes, format, new ErrorRecorder(listener), new HashMap<>(),
                parses == null ? Map.of() : parses);
    }

    /**
     * The rescan of a clean pass: the files changed since parsed, and replaced in the ledger and the
     * index; null when anything is wrong (an error, an entry set twice) or the ledger cannot tell.
     */
    private FactChunks replaced(Path dataDir, ReferenceLedger kept, ErrorHandler listener) {
        ErrorRecorder errors = new ErrorRecorder();
        List<Path> files = format.isEmpty() ? List.of() : FactReader.list(dataDir, errors);
        Map<Path, String> versions = new HashMap<>();
        for (Path file : files) versions.put(file, version(file));
        Map<Path, Parse> keep = new HashMap<>(parses);
        List<Parse> before = new ArrayList<>();
        List<Parse> after = new ArrayList<>();
        keep.keySet().removeIf(file -> {
            if (versions.containsKey(file)) return false;
            before.add(parses.get(file));
            return true;
        });
        FactScan scan = new FactScan(format, errors);
        Set<Path> parsed = new HashSet<>();
        for (Path file : files) {
            Parse known = parses.get(file);
            if (known != null && known.version().equals(versions.get(file))) continue;
            parsed.add(file);
            if (known != null) before.add(known);
            Parse now = new Parse(file, versions.get(file), scan.parse(file));
            after.add(now);
            keep.put(file, now);
        }
        if (errors.hasErrors()
                || !kept.replace(before.stream().map(Parse::parsed).toList(), after.stream().map(Parse::parsed).toList())
                || !index.replace(factFiles(before), factFiles(after))) {
            return null;
        }
        FactChunks now = new FactChunks(files, versions, index, format, ontology, shapes, List.of(), keep, Set.copyOf(parsed));
        now.ledger = kept;
        now.checkedInPart = true;
        return now;
    }

    private static List<FactFile> factFiles(List<Parse> parses) {
        return parses.stream().flatMap(p -> p.parsed().facts().stream()).toList();
    }

    private static FactChunks read(Path dataDir, Graph ontology, Graph shapes, FactFormat format, ErrorRecorder errors,
                                   Map<Path, Parse> keep, Map<Path, Parse> before) {
        List<Path> files = format.isEmpty() ? List.of() : FactReader.list(dataDir, errors);
        Map<Path, String> versions = new HashMap<>();
        for (Path file : files) versions.put(file, version(file));
        IdentifierIndex index = keep != null ? IdentifierIndex.tracking() : new IdentifierIndex();
        FactScan scan = new FactScan(format, errors);
        Set<Path> parsed = new HashSet<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService readers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fact-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Parse>> window = new ArrayDeque<>();
            for (Path file : files) {
                String version = versions.get(file);
                Parse known = before.get(file);
                if (known == null || !known.version().equals(version)) parsed.add(file);
                window.add(!parsed.contains(file)
                        ? CompletableFuture.completedFuture(known)
                        : readers.submit(() -> new Parse(file, version, scan.parse(file))));
                if (window.size() > 2 * threads) accept(next(window), scan, index, keep);
            }
            while (!window.isEmpty()) accept(next(window), scan, index, keep);
        } finally {
            readers.shutdownNow();
        }
        scan.finish();
        if (keep == null) index.keepReferencedElsewhere();
        List<FactError> sorted = errors.errors().stream().sorted(BY_PLACE).toList();
        if (keep != null) {
            sorted.forEach(e -> keep.keySet().removeIf(file -> file.toString().equals(e.location().file())));
        }
        FactChunks chunks = new FactChunks(files, versions, index, format, ontology, shapes, sorted, keep, Set.copyOf(parsed));
        if (keep != null && sorted.isEmpty()) {
            chunks.ledger = ReferenceLedger.of(keep.values().stream().map(Parse::parsed).toList()).orElse(null);
        }
        return chunks;
    }

    private static void accept(Parse parse, FactScan scan, IdentifierIndex index, Map<Path, Parse> keep) {
        scan.accept(parse.parsed()).ifPresent(file -> {
            if (keep != null) {
                index.add(file);
                keep.put(parse.file(), parse);
            } else {
                index.add(file, parse.parsed().referencedIds());
            }
        });
    }

    /** One file's parse and the version ({@link #version}) of the file it read. */
    private record Parse(Path file, String version, FactScan.Parsed parsed) {}

    private static Parse next(Deque<Future<Parse>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("Reading the fact files was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new KgException("Cannot read a fact file: " + e.getCause(), e.getCause());
        }
    }

    /** Every error the first pass found, by file, line and column; none means {@link #forEach} may run. */
    public List<FactError> errors() { return errors; }

    public IdentifierIndex index() { return index; }

    public Graph ontology() { return ontology; }

    public Graph shapes() { return shapes; }

    /**
     * The files this pass parsed: every file, but in a {@link #rescan}, only those whose size or
     * modification time changed since the last pass (or that it could not read cleanly).
     */
    public Set<Path> parsed() { return parsed; }

    /**
     * Whether this pass checked the references between files only where the changed files bring
     * or take something ({@link #rescan} of a pass without errors), not between all files.
     */
    public boolean checkedInPart() { return checkedInPart; }

    /** The fact files, in order. */
    public List<Path> files() { return files; }

    /** How many fact files there are. */
    public int fileCount() { return files.size(); }

    /**
     * The files in order, in groups of consecutive files each holding at least {@code chunkBytes}
     * of YAML (the last one perhaps less): the chunks of the second pass, sized by what they read.
     */
    public List<List<Path>> groups(long chunkBytes) {
        List<List<Path>> groups = new ArrayList<>();
        List<Path> group = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            group.add(file);
            bytes += size(file);
            if (bytes >= chunkBytes) {
                groups.add(List.copyOf(group));
                group.clear();
                bytes = 0;
            }
        }
        if (!group.isEmpty()) groups.add(List.copyOf(group));
        return groups;
    }

    /**
     * The second pass over some of the files: reads them again and maps them into one chunk. Safe
     * to call from several threads at once (the index is only read).
     *
     * @throws KgException if a file changed since the first pass (size or modification time), or no longer reads
     */
    public Chunk map(List<Path> group) { return map(group, file -> {}); }

    /** {@link #map(List)}, handing each file's facts to {@code read} as well. */
    public Chunk map(List<Path> group, Consumer<FactFile> read) {
        if (!errors.isEmpty()) throw new IllegalStateException("the facts have errors; nothing to map");
        List<FactFile> groupFacts = new ArrayList<>();
        for (Path file : group) {
            if (!version(file).equals(versions.get(file))) {
                throw new FileChangedWhileRead(file + " changed while the build was reading it (between its two passes); build again");
            }
            ErrorRecorder reread = new ErrorRecorder();
            groupFacts.add(FactReader.readOne(file, format, reread).filter(f -> !reread.hasErrors()).orElseThrow(() ->
                    new FileChangedWhileRead(file + " changed while the build read it: " + reread.errors().stream()
                            .findFirst().map(Objects::toString).orElse("it could not be read again"))));
        }
        Dataset dataset = newDataset();
        SourceMap sources = new SourceMap();
        FactMapper mapper = new FactMapper(dataset, index.with(groupFacts), sources);
        List<MappedFile> mapped = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Path file = group.get(i);
            FactFile facts = groupFacts.get(i);
            Graph links = mapper.map(facts);
            Document document = facts.document().orElseThrow();
            String text = document.isTable() ? "" : document.text().orElse("");
            mapped.add(new MappedFile(file, MappedFile.version(file, text), Graphs.forDocument(document.id()), text, links));
            read.accept(facts);
        }
        return new Chunk(dataset, sources, List.copyOf(mapped));
    }

    /**
     * What the second pass compares with the first to notice an edit in between: size and time of
     * last modification (an edit that keeps both goes unnoticed).
     */
    private static String version(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new KgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Dataset newDataset() {
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(Prefixes.standard());
        dataset.addNamedModel(Graphs.ONTOLOGY, ModelFactory.createModelForGraph(ontology));
        dataset.addNamedModel(Graphs.SHAPES, ModelFactory.createModelForGraph(shapes));
        return dataset;
    }
}
