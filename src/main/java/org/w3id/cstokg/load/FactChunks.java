package org.w3id.cstokg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.FactError;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.facts.FactScan;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * The fact files read in two passes, for corpora larger than memory. {@link #scan} reads every
 * file once, checks it and the references between files, and keeps only an
 * {@link IdentifierIndex}; {@link #forEach} reads them again and maps a few at a time into
 * {@link Chunk}s, each dropped once its consumer returns. Peak memory is one chunk plus the index.
 * <pre>{@code
 * FactChunks facts = FactChunks.scan(Path.of("data"), Path.of("ontology"));
 * if (facts.errors().isEmpty()) facts.forEach(100_000, chunk -> check(chunk));
 * }</pre>
 */
public final class FactChunks {
    private static final Comparator<FactError> BY_PLACE = Comparator
            .comparing((FactError e) -> e.location().file())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column());

    private final List<Path> files;
    private final IdentifierIndex index;
    private final Graph ontology;
    private final Graph shapes;
    private final List<FactError> errors;

    private FactChunks(List<Path> files, IdentifierIndex index, Graph ontology, Graph shapes, List<FactError> errors) {
        this.files = files;
        this.index = index;
        this.ontology = ontology;
        this.shapes = shapes;
        this.errors = errors;
    }

    /** The first pass: reads the ontology and shapes, and every fact file, keeping none of the facts. */
    public static FactChunks scan(Path dataDir, Path ontologyDir) {
        ErrorRecorder errors = new ErrorRecorder();
        Graph ontology = GraphFactory.createDefaultGraph();
        Graph shapes = GraphFactory.createDefaultGraph();
        OntologyLoader loader = new OntologyLoader(errors);
        loader.loadOntology(ontologyDir, ontology);
        loader.loadShapes(ontologyDir, shapes);
        List<Path> files = FactReader.list(dataDir, errors);
        IdentifierIndex index = new IdentifierIndex();
        FactScan scan = new FactScan(errors);
        for (Path file : files) scan.read(file).ifPresent(index::add);
        scan.finish();
        List<FactError> sorted = errors.errors().stream().sorted(BY_PLACE).toList();
        return new FactChunks(files, index, ontology, shapes, sorted);
    }

    /** Every error the first pass found, by file, line and column; none means {@link #forEach} may run. */
    public List<FactError> errors() { return errors; }

    public IdentifierIndex index() { return index; }

    public Graph ontology() { return ontology; }

    public Graph shapes() { return shapes; }

    /** How many fact files there are. */
    public int fileCount() { return files.size(); }

    /**
     * The second pass: maps the files in order into chunks of whole files, each closed once it
     * holds at least {@code chunkQuads} quads, and hands each to {@code each}.
     */
    public void forEach(long chunkQuads, Consumer<Chunk> each) {
        if (!errors.isEmpty()) throw new IllegalStateException("the facts have errors; nothing to map");
        List<String> names = new ArrayList<>();
        Dataset dataset = null;
        SourceMap sources = null;
        FactMapper mapper = null;
        for (Path file : files) {
            if (dataset == null) {
                dataset = newDataset();
                sources = new SourceMap();
                mapper = new FactMapper(dataset, index, sources);
                names = new ArrayList<>();
            }
            ErrorRecorder reread = new ErrorRecorder();
            FactFile facts = FactReader.readOne(file, reread).filter(f -> !reread.hasErrors()).orElseThrow(() ->
                    new KgException(file + " changed while the build read it: " + reread.errors().stream()
                            .findFirst().map(Objects::toString).orElse("it could not be read again")));
            mapper.map(facts);
            names.add(file.toString());
            Chunk chunk = new Chunk(List.copyOf(names), dataset, sources);
            if (chunk.quads() >= chunkQuads) {
                each.accept(chunk);
                dataset = null;
            }
        }
        if (dataset != null) each.accept(new Chunk(List.copyOf(names), dataset, sources));
    }

    private Dataset newDataset() {
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(Prefixes.standard());
        dataset.addNamedModel(Graphs.ONTOLOGY, ModelFactory.createModelForGraph(ontology));
        dataset.addNamedModel(Graphs.SHAPES, ModelFactory.createModelForGraph(shapes));
        return dataset;
    }
}
