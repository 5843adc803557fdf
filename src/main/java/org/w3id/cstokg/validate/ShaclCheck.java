package org.w3id.cstokg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.cstokg.load.SourceMap;
import org.w3id.cstokg.vocab.Graphs;

/** Validates the document graphs, with the ontology for class hierarchy, against the shapes graph. */
final class ShaclCheck {
    static final String NAME = "shacl";

    private ShaclCheck() {}

    /** The shapes of the dataset's shapes graph, or empty if it has none. */
    static Optional<Shapes> shapes(Dataset dataset) {
        Graph shapesGraph = dataset.getNamedModel(Graphs.SHAPES).getGraph();
        return shapesGraph.isEmpty() ? Optional.empty() : Optional.of(Shapes.parse(shapesGraph));
    }

    /** Validates {@code data}, the union of every graph but the shapes. */
    static List<Violation> run(Optional<Shapes> parsed, Graph data, SourceMap sources) {
        if (parsed.isEmpty()) {
            return List.of(new Violation(NAME, "", "", "no SHACL shapes found (expected ontology/shapes/*.ttl);"
                    + " nothing was validated", Optional.empty()));
        }
        Shapes shapes = parsed.get();
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            String focus = text(e.focusNode());
            String path = e.resultPath() == null ? "" : e.resultPath().toString();
            out.add(new Violation(NAME, focus, path, e.message(), sources.locate(focus)));
        }
        return out;
    }

    static String text(Node node) {
        if (node == null) return "";
        return node.isURI() ? node.getURI() : node.toString();
    }
}
