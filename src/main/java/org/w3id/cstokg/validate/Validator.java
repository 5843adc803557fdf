package org.w3id.cstokg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.SourceMap;
import org.w3id.cstokg.vocab.Graphs;

/**
 * Checks a built dataset: SHACL with the shapes graph, then every QC "violation" query. A check
 * that finds no shapes or no queries reports that as a violation rather than passing. The QC
 * queries are read once per validator, and the shapes once per shapes graph, so one validator can
 * check a large graph part by part. Not thread-safe: one validator per thread.
 * <pre>{@code
 * ValidationReport report = new Validator(Path.of("queries/qc")).validate(GraphBuilder.create().build());
 * }</pre>
 */
public final class Validator {
    private final Path qcDir;
    private List<QcCheck.QcQuery> queries;
    private Graph shapesGraph;
    private Optional<Shapes> shapes;

    /** A validator running the {@code *.rq} files in {@code qcDir}. */
    public Validator(Path qcDir) { this.qcDir = qcDir; }

    public ValidationReport validate(BuildResult built) {
        return validate(built.dataset(), built.sources(), Set.of());
    }

    /**
     * Checks one part of a larger graph. {@code dataset} holds that part's graphs, the ontology and
     * shapes graphs, and may hold a context graph typing the nodes of other parts it refers to;
     * violations whose focus node is one of {@code foreign} (the context's nodes) belong to another
     * part, which is checked on its own, and are left out.
     */
    public ValidationReport validate(Dataset dataset, SourceMap sources, Set<String> foreign) {
        Model data = ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph()); // compares terms, as LookupUnion needs
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.SHAPES)) data.add(dataset.getNamedModel(name));
        }
        return validate(data.getGraph(), dataset, sources, foreign);
    }

    /**
     * {@link #validate(Dataset, SourceMap, Set)} with the union of the dataset's graphs other than
     * the shapes given by the caller as {@code data} (a copy or a view; it is only read).
     */
    public ValidationReport validate(Graph data, Dataset dataset, SourceMap sources, Set<String> foreign) {
        Graph shapesNow = dataset.getNamedModel(Graphs.SHAPES).getGraph();
        if (shapesNow != shapesGraph) {
            shapesGraph = shapesNow;
            shapes = ShaclCheck.shapes(dataset);
        }
        if (queries == null) queries = QcCheck.read(qcDir);
        List<Violation> violations = new ArrayList<>(ShaclCheck.run(shapes, data, sources));
        violations.addAll(QcCheck.run(qcDir, queries, unionView(dataset, data), sources));
        if (!foreign.isEmpty()) violations.removeIf(v -> foreign.contains(v.focusNode()));
        return new ValidationReport(violations);
    }

    /**
     * The dataset as the QC queries see it, as {@code UnionView} makes it: the union of every named
     * graph as default graph: {@code data}, the union without the shapes, with the shapes (a view).
     */
    private static Dataset unionView(Dataset dataset, Graph data) {
        Model union = ModelFactory.createModelForGraph(new LookupUnion(data, dataset.getNamedModel(Graphs.SHAPES).getGraph()));
        union.setNsPrefixes(dataset.getDefaultModel().getNsPrefixMap());
        Dataset view = DatasetFactory.create(union);
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            view.addNamedModel(name, dataset.getNamedModel(name));
        }
        return view;
    }
}
