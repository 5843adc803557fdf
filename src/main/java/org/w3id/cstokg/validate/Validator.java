package org.w3id.cstokg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.query.UnionView;

/**
 * Checks a built dataset: SHACL with the shapes graph, then every QC "violation" query. A check
 * that finds no shapes or no queries reports that as a violation rather than passing.
 * <pre>{@code
 * ValidationReport report = new Validator(Path.of("queries/qc")).validate(GraphBuilder.create().build());
 * }</pre>
 */
public final class Validator {
    private final Path qcDir;

    /** A validator running the {@code *.rq} files in {@code qcDir}. */
    public Validator(Path qcDir) { this.qcDir = qcDir; }

    public ValidationReport validate(BuildResult built) {
        Dataset dataset = built.dataset();
        List<Violation> violations = new ArrayList<>(ShaclCheck.run(dataset, built.sources()));
        violations.addAll(QcCheck.run(qcDir, UnionView.of(dataset), built.sources()));
        return new ValidationReport(violations);
    }
}
