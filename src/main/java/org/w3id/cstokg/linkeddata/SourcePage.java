package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The {@code /source/ID} page: the whole text of a document, each block a paragraph, every span of
 * evidence in {@code <mark>} with the anchor {@code span-START-END} that the facts' pages link
 * to, and under each paragraph the facts its spans state (folded until asked for). Every text is escaped.
 */
final class SourcePage {
    private final HtmlDescription html;
    private final LocalLinks links;

    SourcePage(LocalLinks links) {
        this.html = new HtmlDescription(links);
        this.links = links;
    }

    /** The page of {@code text}, the text of the article {@code iri} described in {@code model}. */
    String render(Model model, String iri, SourceText text) {
        Resource document = model.createResource(iri);
        EvidenceIndex index = EvidenceIndex.of(model);
        Map<Span, Set<Evidence>> spans = new TreeMap<>();
        List<Evidence> misplaced = new ArrayList<>();
        for (Evidence e : index.citations()) {
            if (e.span().isEmpty() || e.words().isEmpty()) continue;
            if (text.says(e.span().get(), e.words().get())) spans.computeIfAbsent(e.span().get(), k -> new LinkedHashSet<>()).add(e);
            else misplaced.add(e);
        }
        String label = HtmlDescription.label(document);
        StringBuilder body = new StringBuilder("<h1 id=\"top\">").append(Html.escape(label)).append("</h1>\n")
                .append(intro(document, spans.size()));
        List<MarkedText.Mark> marks = new ArrayList<>();
        spans.forEach((span, evidence) -> marks.add(new MarkedText.Mark(span, span.anchor(), "#facts-" + span.anchor(),
                evidence.iterator().next().words().orElse(null))));
        MarkedText marked = new MarkedText(text);
        for (Span block : text.blocks()) {
            Map<Span, Set<Evidence>> inside = new TreeMap<>();
            spans.forEach((span, evidence) -> { if (block.contains(span)) inside.put(span, evidence); });
            body.append("<p class=\"para\">").append(partNames(inside)).append(marked.render(block, marks)).append("</p>\n");
            if (!inside.isEmpty()) body.append(facts(inside, index, text));
        }
        if (!misplaced.isEmpty()) body.append(misplaced(misplaced));
        return Html.page(label + " (text)", body.toString());
    }

    private String intro(Resource document, int spans) {
        StringBuilder out = new StringBuilder("<p>The text of ").append(html.link(document, HtmlDescription.label(document)));
        Resource url = document.getPropertyResourceValue(SchemaDO.url);
        if (url != null && url.isURIResource()) out.append(", published at ").append(html.link(url, url.getURI()));
        return out.append(". Each of its ").append(spans).append(" marked runs of words is the evidence of the facts listed")
                .append(" under its paragraph.</p>\n").toString();
    }

    private static String partNames(Map<Span, Set<Evidence>> inside) {
        Set<String> names = new LinkedHashSet<>();
        inside.values().forEach(set -> set.forEach(e -> { if (e.part().isPresent()) names.add(e.partName()); }));
        return names.isEmpty() ? "" : "<span class=\"part\">" + Html.escape(String.join(" ", names)) + "</span> ";
    }

    private String facts(Map<Span, Set<Evidence>> inside, EvidenceIndex index, SourceText text) {
        // Folded, so that the text reads as a text; a link to #facts-… unfolds it (HTML's auto-expanding details).
        StringBuilder out = new StringBuilder("<details><summary>What its ").append(inside.size())
                .append(inside.size() == 1 ? " marked run states" : " marked runs state").append("</summary>\n<ol class=\"facts\">\n");
        inside.forEach((span, evidence) -> {
            Map<Resource, Set<String>> bySubject = new LinkedHashMap<>();
            for (Evidence e : evidence)
                for (Statement s : index.statedBy(e.citation()))
                    bySubject.computeIfAbsent(s.getSubject(), k -> new LinkedHashSet<>()).add(value(s));
            List<String> facts = new ArrayList<>();
            bySubject.forEach((subject, values) -> facts.add(html.link(subject, HtmlDescription.label(subject)) + ": " + String.join(" \u00b7 ", values)));
            out.append("<li id=\"facts-").append(span.anchor()).append("\"><a href=\"#").append(span.anchor()).append("\">\u201c")
                    .append(Html.escape(text.slice(span))).append("\u201d</a><br>").append(String.join("<br>", facts)).append("</li>\n");
        });
        return out.append("</ol>\n</details>\n").toString();
    }

    private String value(Statement s) {
        return html.link(s.getPredicate(), HtmlDescription.compact(s.getPredicate())) + " " + html.node(s.getObject(), 0);
    }

    private String misplaced(List<Evidence> misplaced) {
        StringBuilder out = new StringBuilder("<h2>Evidence not found at its place in this text</h2>\n<p>This text differs from the "
                + "one the graph was built from at these citations:</p>\n<ul>\n");
        for (Evidence e : misplaced)
            out.append("<li>").append(html.link(e.citation(), HtmlDescription.label(e.citation()))).append(": \u201c")
                    .append(Html.escape(e.words().orElse(""))).append("\u201d</li>\n");
        return out.append("</ul>\n").toString();
    }
}
