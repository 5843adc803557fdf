package org.w3id.cstokg.build;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.load.Chunk;
import org.w3id.cstokg.load.IdentifierIndex;
import org.w3id.cstokg.vocab.KG;

/**
 * What the checks of one chunk need to know of the other chunks' graphs: the class of every node
 * of another fact file that the chunk refers to, and the articles of other files published in an
 * outlet the chunk defines (an outlet may go uncited when it is some article's outlet). Those
 * nodes are the chunk's foreign nodes: violations about them are the other chunks' to report.
 */
record ChunkContext(Graph graph, Set<String> foreign) {
    /** The name the context graph has in the chunk's dataset while the chunk is checked. */
    static final String GRAPH = "urn:x-csto-kg:chunk-context";

    static ChunkContext of(Chunk chunk, IdentifierIndex index) {
        Set<Node> subjects = new HashSet<>();
        for (String name : chunk.graphNames()) {
            chunk.dataset().getNamedModel(name).getGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(t -> subjects.add(t.getSubject()));
        }
        Graph context = GraphFactory.createDefaultGraph();
        Set<String> foreign = new HashSet<>();
        for (String name : chunk.graphNames()) {
            chunk.dataset().getNamedModel(name).getGraph().find().forEachRemaining((Triple t) -> {
                Node o = t.getObject();
                if (o.isURI() && !subjects.contains(o) && !foreign.contains(o.getURI())) {
                    index.classOf(o.getURI()).ifPresent(c -> {
                        context.add(o, RDF.type.asNode(), c.asNode());
                        foreign.add(o.getURI());
                    });
                }
            });
        }
        for (Node s : subjects) {
            if (!s.isURI()) continue;
            for (String article : index.articlesPublishedIn(s.getURI())) {
                Node a = NodeFactory.createURI(article);
                if (subjects.contains(a)) continue;
                context.add(a, RDF.type.asNode(), KG.Article.asNode());
                context.add(a, KG.publishedIn.asNode(), s);
                foreign.add(article);
            }
        }
        return new ChunkContext(context, foreign);
    }
}
