package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * {@code GET} of one named graph of the dataset as a document, by content negotiation: RDF in the
 * offered syntaxes, or the HTML page {@code page} renders; 404 with {@code missing} when the graph
 * is empty. {@link OntologyServlet} and {@link VoidServlet} are this servlet for their graphs.
 * <p>A servlet for another graph is a subclass naming the graph, its offers, its 404 message and its page.
 */
class NamedGraphServlet extends NegotiatingServlet {
    private final transient Dataset dataset;
    private final String graph;
    private final List<Representation> offers;
    private final String missing;
    private final transient BiFunction<LocalLinks, Model, String> page;

    NamedGraphServlet(Dataset dataset, String graph, List<Representation> offers, String missing,
                      BiFunction<LocalLinks, Model, String> page) {
        this.dataset = dataset;
        this.graph = graph;
        this.offers = List.copyOf(offers);
        this.missing = missing;
        this.page = page;
    }

    @Override
    final void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Model model = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .setNsPrefixes(KgPrefixes.mapping()).add(dataset.getNamedModel(graph)));
        if (model.isEmpty()) {
            ErrorResponse.send(response, HttpServletResponse.SC_NOT_FOUND, missing);
            return;
        }
        Optional<Representation> representation = negotiate(request, response, offers);
        if (representation.isEmpty())
            return;
        if (representation.get() == Representation.HTML)
            writeHtml(response, page.apply(new LocalLinks(request.getContextPath()), model));
        else
            writeRdf(response, representation.get(), model);
    }
}
