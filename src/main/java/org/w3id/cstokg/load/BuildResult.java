package org.w3id.cstokg.load;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.facts.FactError;
import org.w3id.cstokg.facts.Facts;

/**
 * What {@link GraphBuilder#build()} produced: the dataset if the facts had no errors, otherwise
 * every error, sorted by file, line and column.
 */
public final class BuildResult {
    private final Dataset dataset;
    private final List<FactError> errors;
    private final SourceMap sources;
    private final Facts facts;

    BuildResult(Dataset dataset, List<FactError> errors, SourceMap sources, Facts facts) {
        this.dataset = dataset;
        this.errors = List.copyOf(errors);
        this.sources = sources;
        this.facts = facts;
    }

    /** True if there were no errors and {@link #dataset()} is available. */
    public boolean ok() { return errors.isEmpty(); }

    /** The dataset: one named graph per document, plus the ontology and shapes graphs. */
    public Dataset dataset() {
        if (!ok()) throw new KgException("the build failed with " + errors.size() + " errors; there is no dataset");
        return dataset;
    }

    public List<FactError> errors() { return errors; }

    /** The fact model as read (partial where a file had errors). */
    public Facts facts() { return facts; }

    /** Where each resource of the dataset came from in the fact files. */
    public SourceMap sources() { return sources; }
}
