package org.w3id.cstokg.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.FactError;
import org.w3id.cstokg.facts.FactFormat;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the in-memory csto-kg dataset from the fact files and the ontology: reads every
 * {@code data/*.yaml}, maps it to one named graph per document, and adds the ontology and shapes graphs.
 * <pre>{@code
 * BuildResult result = GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build();
 * if (result.ok()) use(result.dataset()); else result.errors().forEach(System.err::println);
 * }</pre>
 */
public final class GraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger("load");
    private static final Comparator<FactError> BY_PLACE = Comparator
            .comparing((FactError e) -> e.location().file())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column());

    private Path dataDir = Path.of("data");
    private Path ontologyDir = Path.of("ontology");
    private ErrorHandler errorHandler = (at, message) -> {};

    private GraphBuilder() {}

    public static GraphBuilder create() { return new GraphBuilder(); }

    /** The directory of fact files (default {@code data}). */
    public GraphBuilder dataDir(Path dir) { this.dataDir = Objects.requireNonNull(dir, "dataDir"); return this; }

    /** The directory of ontology Turtle files, shapes in its {@code shapes/} (default {@code ontology}). */
    public GraphBuilder ontologyDir(Path dir) { this.ontologyDir = Objects.requireNonNull(dir, "ontologyDir"); return this; }

    /** Also told of each error as it is found (the result lists them all in any case). */
    public GraphBuilder errorHandler(ErrorHandler handler) {
        this.errorHandler = Objects.requireNonNull(handler, "errorHandler");
        return this;
    }

    /** Reads, checks and maps; never throws for bad data. */
    public BuildResult build() {
        ErrorRecorder errors = new ErrorRecorder(errorHandler);
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(Prefixes.standard());
        OntologyLoader ontology = new OntologyLoader(errors);
        int ontologyFiles = ontology.loadOntology(ontologyDir, dataset.getNamedModel(Graphs.ONTOLOGY).getGraph());
        int shapeFiles = ontology.loadShapes(ontologyDir, dataset.getNamedModel(Graphs.SHAPES).getGraph());
        FactFormat format = OntologyFactFormat.read(dataset.getNamedModel(Graphs.ONTOLOGY).getGraph(), errors);
        Facts facts = format.isEmpty() ? new Facts(List.of()) : FactReader.readDirectory(dataDir, format, errors);
        SourceMap sources = new SourceMap();
        if (errors.hasErrors()) {
            List<FactError> sorted = errors.errors().stream().sorted(BY_PLACE).toList();
            return new BuildResult(null, sorted, sources, facts);
        }
        FactMapper mapper = new FactMapper(dataset, IdentifierIndex.of(facts), sources);
        facts.files().forEach(mapper::map);
        LOG.info("Loaded {} fact files ({} quads in document graphs), {} ontology files, {} shapes files",
                facts.files().size(), documentQuads(dataset), ontologyFiles, shapeFiles);
        return new BuildResult(dataset, List.of(), sources, facts);
    }

    private static long documentQuads(Dataset dataset) {
        long n = 0;
        for (var it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.SHAPES)) n += dataset.getNamedModel(name).size();
        }
        return n;
    }
}
