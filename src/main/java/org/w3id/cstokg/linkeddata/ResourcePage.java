package org.w3id.cstokg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.OA;

/**
 * The HTML page of one resource: label, types, properties with the evidence of each value, owned
 * parts, the sources cited for it (paragraph and outlet of each kg:citation), the cited paragraphs
 * (highlighted when the server has the text), and incoming links. Every text is escaped.
 */
final class ResourcePage {
    /** Links that only tie the evidence machinery together; a page shows what they mean instead. */
    private static final Set<Property> EVIDENCE_LINKS = Set.of(RDF.subject, RDF.predicate, RDF.object, OA.hasSource);
    private final HtmlDescription html;
    private final LocalLinks links;
    private final SourceTextFolder texts;

    ResourcePage(LocalLinks links) {
        this(links, SourceTextFolder.NONE);
    }

    ResourcePage(LocalLinks links, SourceTextFolder texts) {
        this.html = new HtmlDescription(links);
        this.links = links;
        this.texts = texts;
    }

    /** The page for {@code iri} from a model made by {@link ResourceDescriber#describeForPage}. */
    String render(Model model, String iri) {
        return render(model, iri, "");
    }

    /** The page, with {@code head} (already escaped elements, such as alternate links) in its head. */
    String render(Model model, String iri, String head) {
        Resource resource = model.createResource(iri);
        String label = HtmlDescription.label(resource);
        EvidenceNotes notes = new EvidenceNotes(html, links, EvidenceIndex.of(model), texts);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(label)).append("</h1>\n<p><code>").append(Html.escape(iri)).append("</code></p>\n");
        body.append(types(resource, notes));
        body.append("<h2>Properties</h2>\n").append(html.properties(resource, Set.of(RDF.type, KG.citation), notes::after));
        List<Resource> parts = parts(model, iri);
        if (!parts.isEmpty())
            body.append("<h2>Parts</h2>\n");
        for (Resource part : parts)
            body.append("<h3>").append(html.link(part, HtmlDescription.label(part))).append("</h3>\n")
                    .append(html.properties(part, Set.of(KG.citation), notes::after));
        body.append(sources(resource, parts)).append(new CitedParagraphs(html, links).render(notes)).append(incoming(model, resource));
        return Html.page(label, head, body.toString());
    }

    /** The types, then the evidence of those stated (the others are inferred), so that the list reads as one line. */
    private String types(Resource resource, EvidenceNotes notes) {
        List<Statement> types = resource.listProperties(RDF.type).toList();
        if (types.isEmpty()) return "";
        String names = String.join(", ", types.stream().map(s -> html.node(s.getObject(), 0)).toList());
        return "<p>Type: " + names + String.join("", types.stream().map(notes::after).toList()) + "</p>\n";
    }

    /** Owned parts other than citations (listed under Sources), their selectors and reifiers (shown as evidence). */
    private static List<Resource> parts(Model model, String iri) {
        return model.listSubjects()
                .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(iri + "/") && !isEvidence(model, s))
                .toList().stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static boolean isEvidence(Model model, Resource node) {
        return model.contains(null, KG.citation, node) || model.contains(null, OA.hasSelector, node)
                || node.hasProperty(RDF.subject) || node.hasProperty(RDF.type, RDF.Statement);
    }

    private String sources(Resource resource, List<Resource> parts) {
        StringBuilder out = new StringBuilder();
        for (Resource cited : concat(resource, parts))
            for (Statement s : cited.listProperties(KG.citation).toList())
                if (s.getObject().isResource())
                    out.append("<li>").append(citation(s.getResource()))
                            .append(cited.equals(resource) ? "" : " (for " + html.link(cited, HtmlDescription.label(cited)) + ")")
                            .append("</li>\n");
        return out.isEmpty() ? "" : "<h2>Sources</h2>\n<ul>\n" + out + "</ul>\n";
    }

    private String citation(Resource citation) {
        StringBuilder out = new StringBuilder();
        Resource part = citation.getPropertyResourceValue(KG.inPart);
        if (part != null) {
            out.append(html.link(part, HtmlDescription.label(part)));
            Resource article = part.getPropertyResourceValue(DCTerms.isPartOf);
            if (article != null)
                out.append(" of ").append(html.link(article, HtmlDescription.label(article)));
        }
        Resource outlet = citation.getPropertyResourceValue(KG.citesOutlet);
        if (outlet != null)
            out.append(", citing ").append(html.link(outlet, HtmlDescription.label(outlet)));
        appendDate(out, citation, KG.citedDate, " of ");
        appendDate(out, citation, KG.accessedDate, ", accessed ");
        return out.isEmpty() ? html.link(citation, HtmlDescription.label(citation)) : out.toString();
    }

    private void appendDate(StringBuilder out, Resource citation, Property p, String words) {
        Statement date = citation.getProperty(p);
        if (date != null && date.getObject().isLiteral())
            out.append(Html.escape(words + date.getLiteral().getLexicalForm()));
    }

    private String incoming(Model model, Resource resource) {
        List<Statement> in = model.listStatements(null, null, (RDFNode) resource)
                .filterKeep(s -> s.getSubject().isURIResource() && !EVIDENCE_LINKS.contains(s.getPredicate())).toList();
        if (in.isEmpty())
            return "";
        in.sort(Comparator.comparing((Statement s) -> s.getSubject().getURI()).thenComparing(s -> s.getPredicate().getURI()));
        StringBuilder out = new StringBuilder("<h2>Incoming links</h2>\n<ul>\n");
        for (Statement s : in)
            out.append("<li>").append(html.link(s.getSubject(), HtmlDescription.label(s.getSubject()))).append(" ")
                    .append(html.link(s.getPredicate(), HtmlDescription.compact(s.getPredicate()))).append(" this</li>\n");
        return out.append("</ul>\n").toString();
    }

    private static List<Resource> concat(Resource first, List<Resource> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
