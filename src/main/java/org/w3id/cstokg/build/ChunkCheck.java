package org.w3id.cstokg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.validate.LookupUnion;
import org.w3id.cstokg.validate.Validator;
import org.w3id.cstokg.validate.Violation;

/**
 * The checks of one chunk, as {@code kg build} and {@code kg validate} run them: SHACL and the QC
 * queries over the chunk's graphs, the ontology, and a {@link ChunkContext} for the nodes of other
 * chunks it refers to; violations about those nodes are left to their own chunk. Safe to use from
 * several threads (one {@link Validator} per thread).
 * <pre>{@code
 * ChunkCheck check = new ChunkCheck(facts, Path.of("queries/qc"));
 * for (List<Path> group : facts.groups(1 << 20)) violations.addAll(check.check(facts.map(group)));
 * }</pre>
 */
public final class ChunkCheck {
    private final FactChunks facts;
    private final ThreadLocal<Validator> validators;

    public ChunkCheck(FactChunks facts, Path qcDir) {
        this.facts = Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(qcDir, "qcDir");
        this.validators = ThreadLocal.withInitial(() -> new Validator(qcDir));
    }

    /** Every violation of the chunk's own nodes, SHACL ones first. */
    public List<Violation> check(Chunk chunk) {
        return check(chunk, chunk.union());
    }

    /**
     * {@link #check(Chunk)} with the chunk's {@link Chunk#union() union} made by the caller, which
     * uses it too: the checks see it together with the ontology and the context through a view,
     * without copying it again.
     */
    public List<Violation> check(Chunk chunk, Graph union) {
        ChunkContext context = ChunkContext.of(chunk, facts.index());
        Dataset dataset = chunk.dataset();
        Graph others = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(others, facts.ontology());
        GraphUtil.addInto(others, context.graph());
        dataset.addNamedModel(ChunkContext.GRAPH, ModelFactory.createModelForGraph(context.graph()));
        try {
            return validators.get().validate(new LookupUnion(union, others), dataset, chunk.sources(), context.foreign()).violations();
        } finally {
            dataset.removeNamedModel(ChunkContext.GRAPH);
        }
    }
}
