package org.w3id.cstokg.explore;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The colour group of a node in the explorer: the first group, in this order, whose class the
 * node is an instance of (asserted or inferred). The graph has some fifty classes, too many to
 * tell apart by colour, so the explorer colours by these ten and shows the class itself on click.
 */
public enum NodeGroup {
    STATE("State", KG.State),
    PERSON("Person", KG.Person),
    MILITARY_UNIT("Military unit", KG.MilitaryUnit),
    ORGANIZATION("Organization", KG.Actor),
    PLACE("Place", KG.Place),
    EVENT("Event", KG.Event),
    STATEMENT("Statement", KG.Statement),
    ROLE("Post or membership", ORG.Post, KG.PostHolding, ORG.Membership),
    SOURCE("Source document or outlet", KG.Outlet, KG.Article, KG.Table, KG.Photograph, KG.Treaty, KG.TreatyArticle),
    CONCEPT("Concept", SKOS.Concept),
    OTHER("Other");

    private final String label;
    private final List<Resource> classes;

    NodeGroup(String label, Resource... classes) {
        this.label = label;
        this.classes = List.of(classes);
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
