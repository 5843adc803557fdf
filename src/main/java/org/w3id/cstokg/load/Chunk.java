package org.w3id.cstokg.load;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.vocab.Graphs;

/**
 * Some consecutive fact files mapped to their named graphs, held in memory while they are checked
 * and written: the document graphs and the part of the links graph they fill, plus the ontology
 * and shapes graphs (shared, not copied) for the checks; and, file by file, what each contributed.
 */
public record Chunk(Dataset dataset, SourceMap sources, List<MappedFile> files) {

    /** The names of this chunk's own graphs: every named graph but the ontology and shapes. */
    public List<String> graphNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.SHAPES)) names.add(name);
        }
        return names;
    }

    /**
     * This chunk's own graphs copied into one graph: what it asserts. Made anew by each call; the
     * checks and the inference share one.
     */
    public Graph union() {
        Graph union = GraphFactory.createDefaultGraph();
        for (String name : graphNames()) GraphUtil.addInto(union, dataset.getNamedModel(name).getGraph());
        return union;
    }
}
