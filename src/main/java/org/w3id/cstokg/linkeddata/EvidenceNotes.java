package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.cstokg.vocab.Ids;

/**
 * The evidence a page shows: under each value a note {@code ¶8 “the words”} (with the outlet and
 * date the article cites; the words as the text writes them when the server has it, else as recorded), and once per page the cited paragraphs with their words highlighted
 * when the server has the text ({@link CitedParagraphs}), else where the text is published.
 */
final class EvidenceNotes {
    private final HtmlDescription html;
    private final LocalLinks links;
    private final EvidenceIndex index;
    private final SourceTextFolder texts;
    private final Map<String, Optional<SourceText>> read = new HashMap<>();
    private final Set<Evidence> shown = new LinkedHashSet<>();

    EvidenceNotes(HtmlDescription html, LocalLinks links, EvidenceIndex index, SourceTextFolder texts) {
        this.html = html;
        this.links = links;
        this.index = index;
        this.texts = texts;
    }

    /** The notes for one value, as escaped HTML (empty when the triple has no evidence). */
    String after(Statement statement) {
        StringBuilder out = new StringBuilder();
        List<String> wordless = new ArrayList<>();
        for (Evidence e : index.of(statement)) {
            shown.add(e);
            if (e.words().isPresent()) out.append("<span class=\"ev\">").append(note(e)).append("</span>");
            else wordless.add(note(e));
        }
        // Citations without words say only where: one line for all of them keeps the table short.
        if (!wordless.isEmpty()) out.append("<span class=\"ev\">").append(String.join(" \u00b7 ", wordless)).append("</span>");
        return out.toString();
    }

    private String note(Evidence e) {
        StringBuilder out = new StringBuilder();
        e.part().ifPresent(part -> out.append(html.link(part, e.partName())));
        e.words().ifPresent(words -> {
            Optional<Span> span = located(e);
            String quoted = "\u201c" + Html.escape(span.flatMap(sp -> text(e).map(t -> t.slice(sp))).orElse(words)) + "\u201d";
            Optional<String> href = span.map(sp -> links.source(documentId(e).orElseThrow(), sp.anchor()));
            out.append(out.isEmpty() ? "" : " ").append(href.map(h -> "<a href=\"" + Html.escape(h) + "\">" + quoted + "</a>").orElse(quoted));
        });
        List<String> cited = new ArrayList<>();
        e.outlet().ifPresent(o -> cited.add(html.link(o, HtmlDescription.label(o))));
        e.date().ifPresent(d -> cited.add(Html.escape(d)));
        if (!cited.isEmpty()) out.append(" <span class=\"cites\">(citing ").append(String.join(", ", cited)).append(")</span>");
        return out.isEmpty() ? html.link(e.citation(), HtmlDescription.label(e.citation())) : out.toString();
    }

    /** The span of the evidence's words when the served text has them there. */
    Optional<Span> located(Evidence e) {
        if (e.span().isEmpty() || e.words().isEmpty()) return Optional.empty();
        return text(e).filter(t -> t.says(e.span().get(), e.words().get())).flatMap(t -> e.span());
    }

    Optional<SourceText> text(Evidence e) {
        return e.document().filter(Resource::isURIResource)
                .flatMap(d -> read.computeIfAbsent(d.getURI(), texts::forDocument));
    }

    static Optional<String> documentId(Evidence e) {
        return e.document().filter(d -> d.isURIResource() && d.getURI().startsWith(Ids.NS))
                .map(d -> d.getURI().substring(Ids.NS.length()));
    }

    /** The evidence notes rendered so far, in the order first shown. */
    List<Evidence> shown() {
        return List.copyOf(shown);
    }
}
