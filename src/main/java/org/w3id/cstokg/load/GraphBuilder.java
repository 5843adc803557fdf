package org.w3id.cstokg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.vocab.Graphs;
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

    /**
     * Reads, checks and maps; never throws for bad data. It runs the streaming build's two passes
     * ({@link FactChunks}) with all files in one chunk, so the in-memory graph is made exactly as
     * the served store is.
     */
    public BuildResult build() {
        FactChunks chunks = FactChunks.scan(dataDir, ontologyDir, errorHandler);
        if (!chunks.errors().isEmpty()) {
            return new BuildResult(null, chunks.errors(), new SourceMap(), new Facts(List.of()));
        }
        List<FactFile> files = new ArrayList<>();
        Chunk chunk = chunks.map(chunks.files(), files::add);
        Dataset dataset = chunk.dataset();
        LOG.info("Loaded {} fact files ({} quads in document graphs), ontology {} triples, shapes {} triples",
                files.size(), documentQuads(dataset), chunks.ontology().size(), chunks.shapes().size());
        return new BuildResult(dataset, List.of(), chunk.sources(), new Facts(List.copyOf(files)));
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
