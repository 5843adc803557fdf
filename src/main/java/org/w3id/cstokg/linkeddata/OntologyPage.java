package org.w3id.cstokg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.vocab.KG;

/**
 * The HTML page of the ontology: its header, then one section per term with the term's local
 * name as anchor, so {@code /ontology#Person} lands on kg:Person.
 */
final class OntologyPage {
    private final HtmlDescription html;

    OntologyPage(LocalLinks links) {
        this.html = new HtmlDescription(links);
    }

    String render(Model ontology) {
        Resource header = ontology.createResource(KG.ONTOLOGY);
        String title = HtmlDescription.label(header);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n<p><code>")
                .append(Html.escape(KG.ONTOLOGY)).append("</code></p>\n").append(html.properties(header, Set.of()));
        for (Resource term : terms(ontology))
            body.append("<h2 id=\"").append(Html.escape(term.getURI().substring(KG.NS.length()))).append("\">")
                    .append(Html.escape(HtmlDescription.compact(term))).append("</h2>\n")
                    .append(html.properties(term, Set.of()));
        return Html.page(title, body.toString());
    }

    private static List<Resource> terms(Model ontology) {
        return ontology.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(KG.NS)).toList()
                .stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }
}
