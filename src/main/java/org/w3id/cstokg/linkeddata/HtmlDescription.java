package org.w3id.cstokg.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.XSD;
import org.w3id.cstokg.label.DisplayLabel;

/** Renders RDF terms and property tables of one model as escaped HTML fragments. */
final class HtmlDescription {
    private static final int MAX_NESTING = 4;
    private final LocalLinks links;

    HtmlDescription(LocalLinks links) {
        this.links = links;
    }

    /** The display label of a resource ({@link DisplayLabel}), else its compact name. */
    static String label(Resource resource) {
        if (resource.getModel() == null)
            return compact(resource);
        return DisplayLabel.of(resource.getModel().getGraph(), resource.asNode()).orElseGet(() -> compact(resource));
    }

    static String compact(Resource resource) {
        if (resource.isAnon())
            return "(blank node)";
        return resource.getModel() == null ? resource.getURI() : resource.getModel().shortForm(resource.getURI());
    }

    /** What a table shows under a value besides the value itself, such as its evidence. */
    interface ValueNotes {
        /** No notes. */
        ValueNotes NONE = statement -> "";

        /** Escaped HTML to show under the value of {@code statement}. */
        String after(Statement statement);
    }

    /** A table of the resource's properties, skipping the given ones. */
    String properties(Resource subject, Set<Property> skip) {
        return properties(subject, skip, ValueNotes.NONE, 0);
    }

    /** A table of the resource's properties, skipping the given ones, each value followed by its notes. */
    String properties(Resource subject, Set<Property> skip, ValueNotes notes) {
        return properties(subject, skip, notes, 0);
    }

    private String properties(Resource subject, Set<Property> skip, ValueNotes notes, int depth) {
        List<Statement> statements = subject.listProperties().filterDrop(s -> skip.contains(s.getPredicate())).toList();
        statements.sort(Comparator.comparing((Statement s) -> compact(s.getPredicate())).thenComparing(s -> s.getObject().toString()));
        StringBuilder out = new StringBuilder("<table>\n");
        for (Statement s : statements)
            out.append("<tr><th>").append(link(s.getPredicate(), compact(s.getPredicate()))).append("</th><td>")
                    .append(node(s.getObject(), depth)).append(notes.after(s)).append("</td></tr>\n");
        return out.append("</table>\n").toString();
    }

    /** A link, a literal with its language or datatype, or a nested table for a blank node. */
    String node(RDFNode node, int depth) {
        if (node.isLiteral())
            return literal(node.asLiteral());
        Resource resource = node.asResource();
        if (resource.isAnon())
            return depth < MAX_NESTING ? properties(resource, Set.of(), ValueNotes.NONE, depth + 1) : "(blank node)";
        return link(resource, label(resource));
    }

    String link(Resource resource, String text) {
        String href = links.href(resource.getURI());
        String shown = Html.escape(text);
        return href == null ? shown : "<a href=\"" + Html.escape(href) + "\">" + shown + "</a>";
    }

    private static String literal(Literal literal) {
        String text = Html.escape(literal.getLexicalForm());
        if (!literal.getLanguage().isEmpty())
            return text + " <span class=\"lit-meta\">@" + Html.escape(literal.getLanguage()) + "</span>";
        if (literal.getDatatypeURI() != null && !literal.getDatatypeURI().equals(XSD.xstring.getURI()))
            return text + " <span class=\"lit-meta\">" + Html.escape(literal.getModel() == null
                    ? literal.getDatatypeURI() : literal.getModel().shortForm(literal.getDatatypeURI())) + "</span>";
        return text;
    }
}
