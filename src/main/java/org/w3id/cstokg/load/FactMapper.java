package org.w3id.cstokg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.facts.FactFile;
import org.w3id.cstokg.vocab.Graphs;

/**
 * The one place that maps facts to triples: each fact file into the named graph of its document,
 * the facts of every section as their kinds declare (DeclaredFactMapper), except links to external datasets, which all go into the links graph.
 * Expects facts that the reader accepted without errors.
 */
public final class FactMapper {
    private final Dataset dataset;
    private final IdentifierIndex index;
    private final SourceMap sources;

    public FactMapper(Dataset dataset, IdentifierIndex index, SourceMap sources) {
        this.dataset = dataset;
        this.index = index;
        this.sources = sources;
    }

    /**
     * Maps one file into the dataset.
     *
     * @return the file's share of the links graph (also added to the dataset's links graph), perhaps empty
     */
    public Graph map(FactFile file) {
        Document document = file.document().orElseThrow();
        Model model = dataset.getNamedModel(Graphs.forDocument(document.id()));
        DocumentGraph g = new DocumentGraph(model, document, index, sources, SourceTexts.read(document));
        DocumentMapper.map(g);
        file.facts().forEach(f -> DeclaredFactMapper.map(g, f));
        g.finish();
        Model share = ModelFactory.createDefaultModel();
        if (!file.links().isEmpty()) {
            DocumentGraph links = new DocumentGraph(share, document, index, sources);
            file.links().forEach(l -> ExternalLinkMapper.map(links, l));
            links.finish();
            dataset.getNamedModel(Graphs.LINKS).add(share);
        }
        return share.getGraph();
    }
}
