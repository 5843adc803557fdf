package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The section of a page that shows the source of its evidence: each paragraph its notes cite,
 * once, with their words in {@code <mark>} (linked to the words on the {@code /source/} page); or,
 * when the server has no text of the document, where the text is published ({@code schema:url}).
 */
final class CitedParagraphs {
    private final HtmlDescription html;
    private final LocalLinks links;

    CitedParagraphs(HtmlDescription html, LocalLinks links) {
        this.html = html;
        this.links = links;
    }

    /** The section for the notes shown on a page, or empty when they cite no document. */
    String render(EvidenceNotes notes) {
        Map<Resource, List<Evidence>> byDocument = new LinkedHashMap<>();
        for (Evidence e : notes.shown())
            e.document().ifPresent(d -> byDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(e));
        StringBuilder out = new StringBuilder();
        byDocument.forEach((document, evidence) -> {
            Optional<SourceText> text = notes.text(evidence.get(0));
            out.append(text.isPresent() ? paragraphs(notes, text.get(), evidence) : whereToRead(document, evidence));
        });
        return out.isEmpty() ? "" : "<h2>In the source\u2019s words</h2>\n" + out;
    }

    private String paragraphs(EvidenceNotes notes, SourceText text, List<Evidence> evidence) {
        List<MarkedText.Mark> marks = new ArrayList<>();
        TreeMap<Span, Set<String>> blocks = new TreeMap<>();
        for (Evidence e : evidence) {
            Optional<Span> span = notes.located(e);
            if (span.isEmpty()) continue;
            marks.add(new MarkedText.Mark(span.get(), null, links.source(text.documentId(), span.get().anchor()), e.words().orElse(null)));
            text.blockAround(span.get()).ifPresent(b -> blocks.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(e.partName()));
        }
        StringBuilder out = new StringBuilder();
        MarkedText marked = new MarkedText(text);
        blocks.forEach((block, parts) -> out.append("<blockquote class=\"cited\"><span class=\"part\">")
                .append(Html.escape(String.join(" ", parts))).append("</span> ")
                .append(marked.render(block, marks)).append("</blockquote>\n"));
        out.append("<p class=\"source-link\"><a href=\"").append(Html.escape(links.source(text.documentId(), "top")))
                .append("\">The whole text, with every fact\u2019s words marked</a></p>\n");
        return out.toString();
    }

    private String whereToRead(Resource document, List<Evidence> evidence) {
        Set<String> parts = new LinkedHashSet<>();
        evidence.forEach(e -> { if (e.part().isPresent()) parts.add(e.partName()); });
        StringBuilder out = new StringBuilder("<p class=\"no-text\">This server does not have the text of ")
                .append(html.link(document, HtmlDescription.label(document)));
        Resource url = document.getPropertyResourceValue(SchemaDO.url);
        if (url != null && url.isURIResource())
            out.append("; read it where it is published, ").append(html.link(url, url.getURI()));
        if (!parts.isEmpty())
            out.append(" (this page cites ").append(Html.escape(String.join(", ", parts))).append(")");
        return out.append(".</p>\n").toString();
    }
}
