package org.w3id.cstokg.export;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The colour group of a node in the explorer and the property-graph exports: the first group, in
 * this order, whose class the node is an instance of (asserted or inferred). The graph has some
 * fifty classes, too many to tell apart by colour, so nodes are coloured by these ten and the
 * class itself is the {@code type} column.
 */
public enum NodeGroup {
    STATE("State", "#1f77b4", KG.State),
    PERSON("Person", "#d62728", KG.Person),
    MILITARY_UNIT("Military unit", "#8c564b", KG.MilitaryUnit),
    ORGANIZATION("Organization", "#ff7f0e", KG.Actor),
    PLACE("Place", "#2ca02c", KG.Place),
    EVENT("Event", "#9467bd", KG.Event),
    STATEMENT("Statement", "#e377c2", KG.Statement),
    ROLE("Post or membership", "#7f7f7f", ORG.Post, KG.PostHolding, ORG.Membership),
    SOURCE("Source document or outlet", "#bcbd22", KG.Outlet, KG.Article, KG.Table, KG.Photograph, KG.Treaty,
            KG.TreatyArticle),
    CONCEPT("Concept", "#17becf", SKOS.Concept),
    OTHER("Other", "#c7c7c7");

    private final String label;
    private final String colour;
    private final List<Resource> classes;

    NodeGroup(String label, String colour, Resource... classes) {
        this.label = label;
        this.colour = colour;
        this.classes = List.of(classes);
    }

    /** The colour of the group's nodes, {@code #rrggbb}: the one palette of /explore and of every export. */
    public String colour() {
        return colour;
    }

    /** The red, green and blue channels of {@link #colour()}, 0 to 255 each. */
    public int[] rgb() {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    /** The name shown in the legend. */
    public String label() {
        return label;
    }

    /** The key used in the JSON and the page's style sheet: the lower-case constant name. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The group of {@code node} in {@code graph}, which should hold the inferred types too. */
    public static NodeGroup of(Graph graph, Node node) {
        for (NodeGroup group : values()) {
            for (Resource c : group.classes) {
                if (graph.contains(node, RDF.type.asNode(), c.asNode())) {
                    return group;
                }
            }
        }
        return OTHER;
    }
}
