package org.w3id.cstokg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run of a source text as escaped HTML with some spans in {@code <mark>}: where spans overlap,
 * the innermost one gives the mark its link, and a mark where a span begins has the class
 * {@code from} (so that adjacent spans show where one ends). Each span that has an anchor gets an empty element
 * with that id where it starts, so that {@code #anchor} scrolls to its words.
 */
final class MarkedText {
    /** A span to mark, its anchor id (or null), the href of its mark (or null) and a tooltip. */
    record Mark(Span span, String anchor, String href, String title) {}

    private final SourceText text;

    MarkedText(SourceText text) {
        this.text = text;
    }

    /** The region with every mark inside it highlighted; marks outside it are ignored. */
    String render(Span region, List<Mark> marks) {
        List<Mark> inside = marks.stream().filter(m -> region.contains(m.span())).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(region.start(), region.end()));
        inside.forEach(m -> { cuts.add(m.span().start()); cuts.add(m.span().end()); });
        StringBuilder out = new StringBuilder();
        List<Integer> points = new ArrayList<>(cuts);
        Set<String> anchored = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            int at = points.get(i);
            for (Mark m : inside)
                if (m.anchor() != null && m.span().start() == at && anchored.add(m.anchor()))
                    out.append("<span class=\"anchor\" id=\"").append(Html.escape(m.anchor())).append("\"></span>");
            if (i + 1 < points.size()) segment(out, new Span(at, points.get(i + 1)), inside);
        }
        return out.toString();
    }

    private void segment(StringBuilder out, Span segment, List<Mark> marks) {
        String words = Html.escape(text.slice(segment));
        List<Mark> covering = marks.stream().filter(m -> m.span().contains(segment) && m.span().length() > 0).toList();
        if (covering.isEmpty()) {
            out.append(words);
            return;
        }
        Mark inner = covering.stream().min(Comparator.comparingInt((Mark m) -> m.span().length())).orElseThrow();
        long spans = covering.stream().map(Mark::span).distinct().count();
        boolean starts = covering.stream().anyMatch(m -> m.span().start() == segment.start());
        List<String> classes = new ArrayList<>();
        if (spans > 1) classes.add("overlap");
        if (starts) classes.add("from");
        out.append(classes.isEmpty() ? "<mark" : "<mark class=\"" + String.join(" ", classes) + "\"");
        if (inner.title() != null) out.append(" title=\"").append(Html.escape(inner.title())).append('"');
        out.append('>');
        if (inner.href() != null) out.append("<a href=\"").append(Html.escape(inner.href())).append("\">").append(words).append("</a>");
        else out.append(words);
        out.append("</mark>");
    }
}
