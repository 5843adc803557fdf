package org.w3id.cstokg.query;

import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** A dataset whose default graph is the union of all named graphs of another, as queries expect here. */
public final class UnionView {
    private UnionView() {}

    /** A copy of {@code dataset} with the union of its named graphs as the default graph. */
    public static Dataset of(Dataset dataset) {
        Model union = ModelFactory.createDefaultModel();
        union.setNsPrefixes(dataset.getDefaultModel().getNsPrefixMap());
        Dataset view = DatasetFactory.create(union);
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            Model graph = dataset.getNamedModel(name);
            union.add(graph);
            view.addNamedModel(name, graph);
        }
        return view;
    }
}
