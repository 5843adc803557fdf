package org.w3id.cstokg.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3id.cstokg.export.PropertyGraph;
import org.w3id.cstokg.export.PropertyGraphBuilder;

/**
 * The citations of a node, read from its flattened {@code …citation.inPart}, {@code …citation.citesOutlet}
 * and {@code …citation.citedDate} columns (the node's own and those of its parts, such as a troop count).
 *
 * @param paragraphs IRIs of the paragraphs the facts come from
 * @param outlets IRIs of the outlets the article cites for them
 * @param dates the dates the article gives for those outlets' reports
 */
record NodeSources(List<String> paragraphs, List<String> outlets, List<String> dates) {
    static final String PARAGRAPH_COLUMN = "citation.inPart";
    static final String OUTLET_COLUMN = "citation.citesOutlet";
    static final String DATE_COLUMN = "citation.citedDate";

    /** The sources of {@code node}; paragraphs ordered by {@code paragraphOrder}. */
    static NodeSources of(PropertyGraph.Node node, Comparator<String> paragraphOrder) {
        List<String> paragraphs = new ArrayList<>(values(node.attributes(), PARAGRAPH_COLUMN));
        paragraphs.sort(paragraphOrder);
        return new NodeSources(List.copyOf(paragraphs), List.copyOf(values(node.attributes(), OUTLET_COLUMN)),
                List.copyOf(values(node.attributes(), DATE_COLUMN)));
    }

    /** Whether a column holds citation data, shown as sources rather than as a property. */
    static boolean isCitationColumn(String column) {
        return column.equals("citation") || column.startsWith("citation.") || column.contains(".citation.")
                || column.endsWith(".citation");
    }

    private static TreeSet<String> values(Map<String, String> attributes, String column) {
        TreeSet<String> values = new TreeSet<>();
        attributes.forEach((key, joined) -> {
            if (key.equals(column) || key.endsWith("." + column)) {
                values.addAll(Arrays.asList(joined.split(java.util.regex.Pattern.quote(PropertyGraphBuilder.SEPARATOR))));
            }
        });
        return values;
    }
}
