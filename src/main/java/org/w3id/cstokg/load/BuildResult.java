package org.w3id.cstokg.load;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.facts.FactError;

/**
 * What {@link GraphBuilder#build()} produced: the dataset if the facts had no errors, otherwise
 * every error, sorted by file, line and column.
 */
public final class BuildResult {
    private final Dataset dataset;
    private final List<FactError> errors;
    private final SourceMap sources;

    BuildResult(Dataset dataset, List<FactError> errors, SourceMap sources) {
        this.dataset = dataset;
        this.errors = List.copyOf(errors);
        this.sources = sources;
    }

    /** True if there were no errors and {@link #dataset()} is available. */
    public boolean ok() { return errors.isEmpty(); }

    /** The dataset: one named graph per document, plus the ontology and shapes graphs. */
    public Dataset dataset() {
        if (!ok()) throw new KgException("the build failed with " + errors.size() + " errors; there is no dataset");
        return dataset;
    }

    public List<FactError> errors() { return errors; }

    /** Where each resource of the dataset came from in the fact files. */
    public SourceMap sources() { return sources; }
}
