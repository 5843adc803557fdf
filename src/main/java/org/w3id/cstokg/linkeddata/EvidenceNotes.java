package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The notes for one value, as escaped HTML (empty when the triple has no evidence): one line per
     * part and words, naming every outlet cited with them; the parts cited without words on one line.
     */
    String after(Statement statement) {
        Map<List<Object>, List<Evidence>> byPlace = new LinkedHashMap<>();
        for (Evidence e : index.of(statement)) {
            shown.add(e);
            byPlace.computeIfAbsent(List.of(e.part().map(Object.class::cast).orElse(e.citation()), e.words(), e.span()),
                    k -> new ArrayList<>()).add(e);
        }
        StringBuilder out = new StringBuilder();
        List<String> wordless = new ArrayList<>();
        for (List<Evidence> same : byPlace.values()) {
            if (same.get(0).words().isPresent()) out.append("<span class=\"ev\">").append(note(same)).append("</span>");
            else wordless.add(note(same));
        }
        if (!wordless.isEmpty()) out.append("<span class=\"ev\">").append(String.join(" \u00b7 ", wordless)).append("</span>");
        return out.toString();
    }

    /** The note of citations that share their part and words. */
    private String note(List<Evidence> same) {
        Evidence e = same.get(0);
        StringBuilder out = new StringBuilder();
        e.part().ifPresent(part -> out.append(html.link(part, e.partName())));
        e.words().ifPresent(words -> {
            Optional<Span> span = located(e);
            String quoted = "\u201c" + Html.escape(span.flatMap(sp -> text(e).map(t -> t.slice(sp))).orElse(words)) + "\u201d";
            Optional<String> href = span.map(sp -> links.source(documentId(e).orElseThrow(), sp.anchor()));
            out.append(out.isEmpty() ? "" : " ").append(href.map(h -> "<a href=\"" + Html.escape(h) + "\">" + quoted + "</a>").orElse(quoted));
        });
        List<String> cited = new ArrayList<>();
        for (Evidence each : same) {
            List<String> outletAndDate = new ArrayList<>();
            each.outlet().ifPresent(o -> outletAndDate.add(html.link(o, HtmlDescription.label(o))));
            each.date().ifPresent(d -> outletAndDate.add(Html.escape(d)));
            if (!outletAndDate.isEmpty()) cited.add(String.join(", ", outletAndDate));
        }
        if (!cited.isEmpty()) out.append(" <span class=\"cites\">(citing ").append(String.join("; ", cited)).append(")</span>");
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
