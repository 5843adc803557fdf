package org.w3id.cstokg.load;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
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

    /** Maps one file into the dataset. */
    public void map(FactFile file) {
        Document document = file.document().orElseThrow();
        Model model = dataset.getNamedModel(Graphs.forDocument(document.id()));
        DocumentGraph g = new DocumentGraph(model, document, index, sources, SourceTexts.read(document));
        DocumentMapper.map(g);
        file.facts().forEach(f -> DeclaredFactMapper.map(g, f));
        g.finish();
        if (!file.links().isEmpty()) {
            DocumentGraph links = new DocumentGraph(dataset.getNamedModel(Graphs.LINKS), document, index, sources);
            file.links().forEach(l -> ExternalLinkMapper.map(links, l));
            links.finish();
        }
    }
}
